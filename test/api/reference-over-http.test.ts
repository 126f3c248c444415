import { connectOverHttp } from '../../src/conformance/http.js';
import { describeRules } from './rules-runner.js';

describeRules(
  'the contract, on the reference backend over HTTP',
  connectOverHttp({ baseUrl: '/api/2fa', siteOrigin: location.origin }),
  // A browser cannot send a Host header of its own; the command's test covers that rule.
  ['host'],
);
