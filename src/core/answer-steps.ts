/**
 * The shared steps an element shows only once the backend has answered: the code entry (after
 * a code is sent), the recovery-key display (after a key is made) and step-up (after an
 * operation asks for it). The operation runner loads them with an element's first call, before
 * its request goes, so they are defined before any answer could show one (operation-controller.ts).
 * The recovery-key sign-in form, a first state, is defined with the elements.
 */
import './code-entry/define.js';
import './recovery-key/define.js';
import './step-up/define.js';
