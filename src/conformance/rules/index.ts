/** Every conformance rule, in the order they run: what needs nothing first, the slowest last. */
import { adminRules } from './admin.js';
import { authenticatorRules } from './authenticator.js';
import { backupMethodRules } from './backup-method.js';
import { developmentRules } from './development.js';
import { lockoutRules } from './lockout.js';
import { recoveryKeyRules } from './recovery-keys.js';
import { recoveryRules } from './recovery.js';
import { requestRules } from './requests.js';
import { stepUpRules } from './step-up.js';
import { throttleRules } from './throttle.js';

export const rules = [
  ...requestRules,
  ...recoveryRules,
  ...recoveryKeyRules,
  ...backupMethodRules,
  ...stepUpRules,
  ...authenticatorRules,
  ...adminRules,
  ...developmentRules,
  ...throttleRules,
  ...lockoutRules,
];
