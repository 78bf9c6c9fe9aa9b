/**
 * The most the posture rule guard (`isDevicePostureRule`, 23 variants) may weigh bundled, minified
 * and gzipped, in bytes: test/size.test.ts holds it, the benchmark prints it beside the size.
 */
export const POSTURE_RULE_GUARD_GZIP_LIMIT = 4.5 * 1024;
