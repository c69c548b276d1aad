// Browser tests run under Mocha inside @web/test-runner, which installs
// `describe`, `it` and the hooks as globals. The project's type check limits
// automatic type packages to Node's, so the Mocha globals are brought in
// here for every `*.browser.test.ts`. Node tests import the same names from
// `node:test`, which shadow these globals in their own modules.
/// <reference types="mocha" />
