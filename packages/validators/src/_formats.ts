// The formats ajv-formats checks with code rather than a regular expression, ported from its "full"
// mode so the generated validators import nothing from it. The generator writes the regular-expression
// formats into the modules that use them. The parity test checks each one against ajv-formats.

const DATE = /^(\d\d\d\d)-(\d\d)-(\d\d)$/;
const DAYS = [0, 31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31];
const TIME = /^(\d\d):(\d\d):(\d\d(?:\.\d+)?)(z|([+-])(\d\d)(?::?(\d\d))?)?$/i;
const DATE_TIME_SEPARATOR = /t|\s/i;
const NOT_URI_FRAGMENT = /\/|:/;
const URI =
  /^(?:[a-z][a-z0-9+\-.]*:)(?:\/?\/(?:(?:[a-z0-9\-._~!$&'()*+,;=:]|%[0-9a-f]{2})*@)?(?:\[(?:(?:(?:(?:[0-9a-f]{1,4}:){6}|::(?:[0-9a-f]{1,4}:){5}|(?:[0-9a-f]{1,4})?::(?:[0-9a-f]{1,4}:){4}|(?:(?:[0-9a-f]{1,4}:){0,1}[0-9a-f]{1,4})?::(?:[0-9a-f]{1,4}:){3}|(?:(?:[0-9a-f]{1,4}:){0,2}[0-9a-f]{1,4})?::(?:[0-9a-f]{1,4}:){2}|(?:(?:[0-9a-f]{1,4}:){0,3}[0-9a-f]{1,4})?::[0-9a-f]{1,4}:|(?:(?:[0-9a-f]{1,4}:){0,4}[0-9a-f]{1,4})?::)(?:[0-9a-f]{1,4}:[0-9a-f]{1,4}|(?:(?:25[0-5]|2[0-4]\d|[01]?\d\d?)\.){3}(?:25[0-5]|2[0-4]\d|[01]?\d\d?))|(?:(?:[0-9a-f]{1,4}:){0,5}[0-9a-f]{1,4})?::[0-9a-f]{1,4}|(?:(?:[0-9a-f]{1,4}:){0,6}[0-9a-f]{1,4})?::)|[Vv][0-9a-f]+\.[a-z0-9\-._~!$&'()*+,;=:]+)\]|(?:(?:25[0-5]|2[0-4]\d|[01]?\d\d?)\.){3}(?:25[0-5]|2[0-4]\d|[01]?\d\d?)|(?:[a-z0-9\-._~!$&'()*+,;=]|%[0-9a-f]{2})*)(?::\d*)?(?:\/(?:[a-z0-9\-._~!$&'()*+,;=:@]|%[0-9a-f]{2})*)*|\/(?:(?:[a-z0-9\-._~!$&'()*+,;=:@]|%[0-9a-f]{2})+(?:\/(?:[a-z0-9\-._~!$&'()*+,;=:@]|%[0-9a-f]{2})*)*)?|(?:[a-z0-9\-._~!$&'()*+,;=:@]|%[0-9a-f]{2})+(?:\/(?:[a-z0-9\-._~!$&'()*+,;=:@]|%[0-9a-f]{2})*)*)(?:\?(?:[a-z0-9\-._~!$&'()*+,;=:@/?]|%[0-9a-f]{2})*)?(?:#(?:[a-z0-9\-._~!$&'()*+,;=:@/?]|%[0-9a-f]{2})*)?$/i;
const BYTE = /^(?:[A-Za-z0-9+/]{4})*(?:[A-Za-z0-9+/]{2}==|[A-Za-z0-9+/]{3}=)?$/gm;
const Z_ANCHOR = /[^\\]\\Z/;
const MIN_INT32 = -(2 ** 31);
const MAX_INT32 = 2 ** 31 - 1;

function isLeapYear(year: number): boolean {
  return year % 4 === 0 && (year % 100 !== 0 || year % 400 === 0);
}

/** RFC 3339 full-date, with real month lengths. */
export function dateFormat(str: string): boolean {
  const matches = DATE.exec(str);
  if (!matches) return false;
  const year = +(matches[1] as string);
  const month = +(matches[2] as string);
  const day = +(matches[3] as string);
  const days = month === 2 && isLeapYear(year) ? 29 : (DAYS[month] as number);
  return month >= 1 && month <= 12 && day >= 1 && day <= days;
}

function time(strictTimeZone: boolean) {
  return (str: string): boolean => {
    const matches = TIME.exec(str);
    if (!matches) return false;
    const hr = +(matches[1] as string);
    const min = +(matches[2] as string);
    const sec = +(matches[3] as string);
    const tz = matches[4];
    const tzSign = matches[5] === "-" ? -1 : 1;
    const tzH = +(matches[6] || 0);
    const tzM = +(matches[7] || 0);
    if (tzH > 23 || tzM > 59 || (strictTimeZone && !tz)) return false;
    if (hr <= 23 && min <= 59 && sec < 60) return true;
    // A leap second is valid only at 23:59:60 UTC.
    const utcMin = min - tzM * tzSign;
    const utcHr = hr - tzH * tzSign - (utcMin < 0 ? 1 : 0);
    return (utcHr === 23 || utcHr === -1) && (utcMin === 59 || utcMin === -1) && sec < 61;
  };
}

function dateTime(checkTime: (str: string) => boolean) {
  return (str: string): boolean => {
    const parts = str.split(DATE_TIME_SEPARATOR);
    return parts.length === 2 && dateFormat(parts[0] as string) && checkTime(parts[1] as string);
  };
}

/** RFC 3339 full-time, time zone required. */
export const timeFormat = time(true);
/** RFC 3339 date-time, time zone required. */
export const dateTimeFormat = dateTime(timeFormat);
/** ISO 8601 time, time zone optional. */
export const isoTimeFormat = time(false);
/** ISO 8601 date-time, time zone optional. */
export const isoDateTimeFormat = dateTime(isoTimeFormat);

/** An absolute URI (RFC 3986). */
export function uriFormat(str: string): boolean {
  return NOT_URI_FRAGMENT.test(str) && URI.test(str);
}

/** Base64-encoded bytes. */
export function byteFormat(str: string): boolean {
  BYTE.lastIndex = 0;
  return BYTE.test(str);
}

/** A regular expression JavaScript accepts. */
export function regexFormat(str: string): boolean {
  if (Z_ANCHOR.test(str)) return false;
  try {
    new RegExp(str);
    return true;
  } catch {
    return false;
  }
}

/** A signed 32-bit integer. */
export function int32Format(value: number): boolean {
  return Number.isInteger(value) && value <= MAX_INT32 && value >= MIN_INT32;
}

/** A signed 64-bit integer: any integer a JavaScript number holds. */
export function int64Format(value: number): boolean {
  return Number.isInteger(value);
}

/** A float: any number. */
export function floatFormat(_value: number): boolean {
  return true;
}

/** A double: any number. */
export function doubleFormat(_value: number): boolean {
  return true;
}
