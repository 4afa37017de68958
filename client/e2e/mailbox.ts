import { readdir, readFile } from 'node:fs/promises';
import { join } from 'node:path';

// The E2E API writes each e-mail as an .eml file into the folder build/test.sh passes as E2E_MAIL_DIR
// (its Email__PickupDirectory); events go out every 200 ms, so a message may take a moment to appear.

const WAIT_MS = 15_000;
const POLL_MS = 250;
const CONFIRM_LINK = /https?:\/\/[^\s"<>]+\/register\/confirm\?token=[\w.~%-]+/;

interface Mail {
  headers: string;
  body: string;
}

function mailDir(): string {
  const dir = process.env.E2E_MAIL_DIR;
  if (!dir) throw new Error("E2E_MAIL_DIR is not set: it must be the API's Email__PickupDirectory.");
  return dir;
}

const header = (headers: string, name: string) =>
  new RegExp(`^${name}:(.*)$`, 'im').exec(headers.replace(/\r?\n[ \t]+/g, ' '))?.[1]?.trim() ?? '';

/** Undoes quoted-printable: `=` at a line's end joins it to the next; `=3D` and the like are bytes. */
export function decodeQuotedPrintable(text: string): string {
  const parts = text.replace(/=\r?\n/g, '').split(/(=[0-9A-F]{2})/i);
  const bytes = parts.map((part) =>
    /^=[0-9A-F]{2}$/i.test(part) ? Buffer.from([parseInt(part.slice(1), 16)]) : Buffer.from(part, 'utf8'),
  );
  return Buffer.concat(bytes).toString('utf8');
}

function parse(raw: string): Mail {
  const split = /\r?\n\r?\n/.exec(raw);
  const headers = split ? raw.slice(0, split.index) : raw;
  const body = split ? raw.slice(split.index + split[0].length) : '';
  const encoding = header(headers, 'Content-Transfer-Encoding').toLowerCase();
  if (encoding === 'quoted-printable') return { headers, body: decodeQuotedPrintable(body) };
  if (encoding === 'base64') return { headers, body: Buffer.from(body, 'base64').toString('utf8') };
  return { headers, body };
}

function addressedTo(mail: Mail, recipient: string) {
  const addresses = header(mail.headers, 'To')
    .toLowerCase()
    .match(/[^\s<>,"]+@[^\s<>,"]+/g);
  return addresses?.includes(recipient.toLowerCase()) ?? false;
}

/** The newest message to `recipient` in the mail folder, if one has arrived. */
async function newestMailTo(recipient: string): Promise<Mail | undefined> {
  const dir = mailDir();
  const names = await readdir(dir).catch(() => [] as string[]);
  // The API names each file after the time it wrote it (yyyyMMddTHHmmssfff-<guid>.eml): newest last.
  for (const name of names
    .filter((n) => n.endsWith('.eml'))
    .sort()
    .reverse()) {
    const mail = parse(await readFile(join(dir, name), 'utf8'));
    if (addressedTo(mail, recipient)) return mail;
  }
  return undefined;
}

/** Waits for the sign-up e-mail to `recipient` and returns its `/register/confirm?token=…` link. */
export async function confirmationLink(recipient: string): Promise<string> {
  const deadline = Date.now() + WAIT_MS;
  for (;;) {
    const link = CONFIRM_LINK.exec((await newestMailTo(recipient))?.body ?? '')?.[0];
    if (link) return link;
    if (Date.now() > deadline)
      throw new Error(`No confirmation link to ${recipient} in ${mailDir()} within ${WAIT_MS / 1000} s.`);
    await new Promise((resolve) => setTimeout(resolve, POLL_MS));
  }
}
