// The one part of libphonenumber-js the kit uses: the lazy chunk holds this and nothing more.
export { parsePhoneNumberFromString } from 'libphonenumber-js/min';
