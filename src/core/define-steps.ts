// The shared steps, registered as the internal tags the elements render (tfr-*): the recovery-key
// sign-in form here, as it can be a first state; the steps shown only after an answer load with
// an element's first call (answer-steps.ts).
import './redeem-form/define.js';
