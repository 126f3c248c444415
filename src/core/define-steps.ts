// The shared steps, registered as the internal tags the elements render (tfr-*).
import './code-entry/define.js';
import './recovery-key/define.js';
import './redeem-form/define.js';
import './step-up/define.js';
