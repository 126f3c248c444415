import type { authenticatorSetup } from '../../elements/authenticator-setup/strings.js';

export default {} satisfies Partial<typeof authenticatorSetup>;
