/**
 * How to register for a session, as a link a card can show: the feed's
 * registration page (http(s) only, through `safeUrl`) or a `mailto:` with the
 * offer and date already in the subject.
 */
import type { Offering, OfferingSession } from './generated/types.js';
import type { Locale } from '../shared/localize.js';
import { safeUrl } from '../shared/safe-url.js';
import { formatSessionDate } from './session-format.js';
import { nextDay, readSessionDate } from './time.js';

export interface RegistrationLink {
  readonly kind: 'url' | 'email';
  /** For `href`: an http(s) URL, or `mailto:…?subject=…`. */
  readonly href: string;
  /** What to show: the e-mail address, or the page's host (`www.example.org`). */
  readonly text: string;
}

const EMAIL = /^[^\s@<>()[\],;:"\\]+@[A-Za-z0-9.-]+\.[A-Za-z]{2,}$/;

/**
 * The link to register for `session`, or `undefined` when it has none that
 * is safe to link to. A web page wins over an e-mail address when both are
 * given.
 */
export function registrationLink(offering: Offering, session: OfferingSession, locale: Locale = 'nl'): RegistrationLink | undefined {
  const r = session.registration;
  const url = safeUrl(r?.url);
  if (url) return { kind: 'url', href: url, text: new URL(url).host };
  const email = r?.email?.trim();
  if (!email || !EMAIL.test(email)) return undefined;
  const date = formatSessionDate(session.start, locale);
  const subject = `${locale === 'nl' ? 'Aanmelding' : 'Registration'}: ${offering.title}${date ? ` (${date})` : ''}`;
  return { kind: 'email', href: `mailto:${email}?subject=${encodeURIComponent(subject)}`, text: email };
}

/**
 * Whether one can still register at `now`: the status is open (or not
 * given), and the deadline, if any, has not passed (a deadline that is a
 * date alone lasts the whole day).
 */
export function registrationOpen(session: OfferingSession, now: Date): boolean {
  if (session.status && session.status !== 'open') return false;
  const deadline = session.registration?.deadline ? readSessionDate(session.registration.deadline) : undefined;
  if (!deadline) return true;
  const until = deadline.allDay ? readSessionDate(nextDay(deadline.day))?.instant : deadline.instant;
  return !until || now.getTime() < until.getTime();
}
