// Curated email domain facts: disposable mailbox providers, common misspellings of big providers,
// and role (non-personal) mailbox names. Small on purpose: a long list rots; these cover most hits.

/** Disposable / throwaway mailbox domains. */
export const DISPOSABLE_DOMAINS: ReadonlySet<string> = new Set([
  'mailinator.com', '10minutemail.com', '10minutemail.net', 'guerrillamail.com', 'guerrillamail.net',
  'guerrillamail.org', 'sharklasers.com', 'grr.la', 'yopmail.com', 'yopmail.fr', 'trashmail.com',
  'trashmail.de', 'tempmail.com', 'temp-mail.org', 'tempmailo.com', 'throwawaymail.com', 'getnada.com',
  'maildrop.cc', 'dispostable.com', 'fakeinbox.com', 'mailnesia.com', 'mintemail.com', 'spamgourmet.com',
  'mohmal.com', 'emailondeck.com', 'burnermail.io', 'mailcatch.com', 'discard.email', 'spambox.us',
  'moakt.com', 'tempr.email', 'mytemp.email', 'harakirimail.com', 'inboxkitten.com',
]);

/** Misspelt provider domain → the intended domain. */
export const DOMAIN_TYPOS: Readonly<Record<string, string>> = {
  'gmial.com': 'gmail.com', 'gmal.com': 'gmail.com', 'gmai.com': 'gmail.com', 'gamil.com': 'gmail.com',
  'gnail.com': 'gmail.com', 'gmaill.com': 'gmail.com', 'gmail.con': 'gmail.com', 'gmail.co': 'gmail.com',
  'gmail.cm': 'gmail.com', 'gmail.om': 'gmail.com', 'gmail.comm': 'gmail.com', 'gmail.cmo': 'gmail.com',
  'gmailcom': 'gmail.com', 'gmail.c': 'gmail.com', 'gmail.net': 'gmail.com', 'gmail.ocm': 'gmail.com',
  'googlemail.con': 'googlemail.com',
  'hotmial.com': 'hotmail.com', 'hotmai.com': 'hotmail.com', 'hotmal.com': 'hotmail.com',
  'hotamil.com': 'hotmail.com', 'hotmil.com': 'hotmail.com', 'hotmail.con': 'hotmail.com',
  'hotmail.co': 'hotmail.com', 'hotmail.cm': 'hotmail.com', 'homail.com': 'hotmail.com', 'hotmaill.com': 'hotmail.com',
  'yaho.com': 'yahoo.com', 'yahooo.com': 'yahoo.com', 'yhoo.com': 'yahoo.com', 'yahoo.con': 'yahoo.com',
  'yahoo.co': 'yahoo.com', 'yahoo.cm': 'yahoo.com', 'yaoo.com': 'yahoo.com', 'tahoo.com': 'yahoo.com',
  'outlok.com': 'outlook.com', 'outloo.com': 'outlook.com', 'outlook.con': 'outlook.com', 'outlook.co': 'outlook.com',
  'otlook.com': 'outlook.com', 'iclod.com': 'icloud.com', 'icloud.con': 'icloud.com', 'icoud.com': 'icloud.com',
  'aol.con': 'aol.com', 'aoll.com': 'aol.com', 'comcast.con': 'comcast.net', 'comcast.com': 'comcast.net',
  'verizon.con': 'verizon.net', 'att.con': 'att.net', 'sbcglobal.con': 'sbcglobal.net', 'msn.con': 'msn.com',
  'live.con': 'live.com',
};

/** Local parts of role mailboxes: they reach a team, not a person, so they identify nobody. */
export const ROLE_LOCAL_PARTS: ReadonlySet<string> = new Set([
  'info', 'noreply', 'no-reply', 'no_reply', 'donotreply', 'do-not-reply', 'admin', 'administrator',
  'sales', 'support', 'help', 'contact', 'office', 'hello', 'enquiries', 'inquiries', 'billing',
  'accounts', 'marketing', 'webmaster', 'postmaster', 'hostmaster', 'team', 'careers', 'jobs', 'hr',
]);
