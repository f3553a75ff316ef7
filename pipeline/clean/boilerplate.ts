/**
 * Site boilerplate: navigation, promotions of other pages, social links, copyright, cookie and
 * subscription prompts. Body recall matters more than catching every piece of junk, so each
 * pattern is anchored to a whole short paragraph or to a lead that prose does not use.
 */

export type BoilerplateKind =
  | 'navigation'
  | 'promotion'
  | 'social'
  | 'copyright'
  | 'consent'
  | 'subscription'
  | 'separator'
  | 'outlet';

const NAVIGATION =
  /\b(?:skip(?:ping)?\s+(?:to\s+|the\s+)?(?:main\s+)?(?:content|menu|navigation|article)|jump\s+to\s+(?:main\s+)?(?:navigation|content|search)|main\s+text\s+area|toggle\s+navigation)\b|^(?:back|return|go)\s+to\s+(?:top|home(?:\s*page)?)$/i;

// Words of menus, toolbars and widgets: a short paragraph made only of them is interface text.
const UI_WORDS = new Set(
  `menu main home search sign in log out login logout register subscribe subscriber account my profile
  share tweet email e-mail print comment comments close open more next previous prev back top
  advertisement advertising sponsored ad ads video videos photos gallery audio listen watch
  play now playing live latest news sections section topics edition settings help contact
  about us newsletter newsletters follow facebook twitter instagram linkedin whatsapp youtube
  pinterest reddit save savesave copy link links continue reading the main story read full article
  scroll down for up to view all loading please wait lightbox toggle caption expand collapse
  hide show page pages of a and or to on this it`.split(/\s+/),
);
// Words that only make sense in interface text, one of which must be present.
const UI_ANCHOR = /\b(?:menu|search|sign|log|login|subscribe|share|tweet|email|print|advertisement|sponsored|newsletter|facebook|twitter|instagram|linkedin|whatsapp|savesave|scroll|continue reading|now playing|toggle|lightbox|read more|view all|loading)\b/i;

// Leads that announce other content of the site (colon, or the whole short paragraph).
const PROMO_LEAD =
  /^(?:read more|read also|also read|read next|more from|more on this(?: story)?|more stories|see also|related(?: articles?| stories| coverage| content| links| news| video)?|recommended(?: for you| stories| reading)?|most (?:popular|read|viewed|shared|watched)|trending(?: now)?|top stories|editor['’]?s picks?|you (?:may|might) also like|don['’]t miss|watch|watch now|listen|video|sponsored(?: content)?|advertisement|promoted|explore more|in pictures|in other news|must read|further reading|from our partners|now playing)(?:\s*[:|»›>]|\s+[–—-]\s|$)/i;
/** A label that introduces a list of links (`Read more:`, `Related stories:`). */
export function isLinkLabel(text: string): boolean {
  return text.length <= 60 && /:\s*$/.test(text) && (PROMO_LEAD.test(text) || MORE_FROM.test(text));
}
const CLICK_HERE = /^(?:please\s+)?click\s+(?:here|the link|below)\b/i;
// `More from The X:`, `Read the original article on X`, a headline trailed by `Read more`, a
// bracketed link line (`[Other story headline]`).
const MORE_FROM = /^(?:more|read more|watch more|related|see more)\s+(?:from|on|at|about)\s+[^.!?]{1,50}:?$|^read the (?:original|full) (?:article|story) (?:on|at)\b/i;
const TRAILING_READ_MORE = /\bread more$/i;
const BRACKETED_LINK = /^\[[^\[\]]{3,200}\]$/;
// A video player's `CLOSE` button glued to the clip's blurb.
const VIDEO_WIDGET = /^CLOSE\s+\S/;
// Hyphenated lower-case tokens left by widgets (`more-in`); a real paragraph is never one.
const WIDGET_TOKEN = /^[a-z]+-[a-z]+$/;
const COPYRIGHT_INSIDE = /\bcopyright\s*(?:©|\(c\))?\s*(?:19|20)\d\d\b/i;
// The site speaking of its own pages (`This page takes a closer look at ...`). `The page ...` and
// `The site ...` also open ordinary sentences (`The site looks plausible ...`), so they count only
// in the trailing block, see `isTrailingPromotion`.
const PROMO_VERB = '(?:takes|features|offers|brings|introduces|presents|provides|lets\\s+you|allows\\s+you|contains|explores|collects|gathers|showcases|highlights)\\b';
const PAGE_PROMO = new RegExp(`^(?:this|our)\\s+(?:web\\s*)?(?:page|site|website|section|gallery|app|special|series|feature)\\s+${PROMO_VERB}`, 'i');
const TRAILING_PAGE_PROMO = new RegExp(`^the\\s+(?:web\\s*)?(?:page|site|website|section|gallery|app|special|series|feature)\\s+${PROMO_VERB}`, 'i');
const URL = /\bhttps?:\/\/|\bwww\.[a-z0-9-]+\.[a-z]/i;
const URL_PROMO_LEAD = /^(?:for more|more|follow|visit|information from|read|see|watch|listen|download|get|subscribe|sign up|click|find|check out|like us|join)\b/i;
// A handle or an e-mail address: what a call to action points at when it gives no address.
const HANDLE = /(?:^|[\s(:])@[A-Za-z0-9_]{2,30}\b|\b[\w.+-]+@[\w-]+\.[\w.]{2,}\b/;
const CALL_TO_ACTION = /^(?:(?:you can |please )?(?:follow|find|join|like|contact|email|e-mail|message|tweet|write to|reach|tell|send)\b|[^.!?]{2,60}\s+(?:is|are)\s+on\s+(?:twitter|x|instagram|facebook|bluesky|threads|mastodon|telegram)\b)/i;

const SOCIAL =
  /^(?:[\p{L}\p{N} .&'’-]{2,60}\s+on\s+social\s+media|follow\s+(?:us|me|[\p{Lu}][\p{L}.'’ -]{1,40})\s+on\s+(?:twitter|facebook|instagram|linkedin|x|social media)\b.*|share\s+(?:this|the)\s+(?:article|story|page|post)\b.*|share\s+(?:on|via)\s+(?:facebook|twitter|linkedin|whatsapp|email|x)\b.*|like\s+us\s+on\s+facebook\b.*|connect\s+with\s+us\b.*)$/iu;
const ALSO_IN = /^Also\s+(?:in|on|from|at)\s+((?:The\s+)?[\p{Lu}][\p{L}\p{N}.&'’ -]{1,50})$/u;

// `© 2020 X`, `Copyright 2016 X`, `(c) Copyright X 2014`, `(c) X 2019`, the wire's `c.1999 X`.
const COPYRIGHT = /^(?:copyright\s*(?:©|\(c\)|\d{4})|©|\(c\)\s*(?:\d{4}|copyright\b)|c\.\s?(?:19|20)\d\d\b)|\ball rights reserved\b|\bno reproduction or republication\b|\bmay not be (?:published|reproduced|redistributed|rewritten)\b/i;
// `(c) Example Press 2019`: the owner's capital right after the sign (a list's `(c) the third ...` is prose).
const COPYRIGHT_OWNER = /^\([cC]\)\s*\p{Lu}[^.]{0,80}\b(?:19|20)\d\d\b/u;
const CONSENT =
  /\b(?:(?:we|this (?:web)?site) uses? cookies|by (?:continuing to (?:use|browse)|using this (?:web)?site)|accept (?:all )?cookies|cookie (?:policy|settings|preferences)|manage (?:your )?(?:consent|cookies)|privacy settings)\b/i;
const SUBSCRIPTION_SIGNALS =
  /\b(?:sign up|signing up|subscribe|subscribing|subscription|subscriber|newsletters?|privacy policy|terms of (?:use|service)|not a robot|email address|inbox|unsubscribe|free trial|already a subscriber|log in to)\b/gi;
const SUBSCRIPTION_LEAD = /^(?:sign up|subscribe|get (?:our|the) (?:\w+ )?newsletter|already a subscriber|become a (?:member|subscriber)|support (?:our|independent) journalism)\b/i;

// A slide's counter before the player's controls (`7 of 12 Skip ... Embed ... Share`).
const SLIDE_CONTROLS = /\b\d{1,3} of (\d{1,3})\s+(?:Skip|Next|Previous|Prev|Replay|Embed|Share|Close|CLOSE|Hide|Show)\b/g;
/** Slides a strip of them glued into one paragraph shows at least. */
const MIN_STRIP_SLIDES = 3;

/** A video or photo gallery's slides glued into one paragraph: counters of one show, each before the player's controls. */
function galleryStrip(text: string): boolean {
  if (!text.includes(' of ')) return false;
  const totals = new Map<string, number>();
  for (const m of text.matchAll(SLIDE_CONTROLS)) totals.set(m[1]!, (totals.get(m[1]!) ?? 0) + 1);
  return [...totals.values()].some((n) => n >= MIN_STRIP_SLIDES);
}

function isInterfaceOnly(text: string): boolean {
  if (text.length > 160) return false;
  const words = text.toLowerCase().match(/[a-z][a-z'’-]*/g);
  if (!words || words.length > 14) return false;
  if (/[.!?]["”’]?$/.test(text) && words.length > 4) return false;
  return words.every((w) => UI_WORDS.has(w)) && UI_ANCHOR.test(text);
}

const MAY_SUBSCRIBE = /sign|subscri|newsletter|privacy|robot|inbox|trial|log in/;

function subscriptionSignals(text: string): number {
  const seen = new Set<string>();
  for (const m of text.matchAll(SUBSCRIPTION_SIGNALS)) seen.add(m[0].toLowerCase().replace(/ing\b|e?s\b/, ''));
  return seen.size;
}

/** The kind of boilerplate `text` is, judged on the paragraph alone, or null. */
export function boilerplateKind(text: string): BoilerplateKind | null {
  if (!/[\p{L}\p{N}]/u.test(text)) return 'separator';
  const lower = text.toLowerCase();
  const short = text.length <= 200;
  if (short && NAVIGATION.test(text)) return 'navigation';
  if (short && (SOCIAL.test(text) || ALSO_IN.test(text))) return 'social';
  if (isInterfaceOnly(text)) return 'navigation';
  if (text.length <= 400 && (COPYRIGHT.test(text) || COPYRIGHT_OWNER.test(text))) return 'copyright';
  if (text.length <= 300 && COPYRIGHT_INSIDE.test(text)) return 'copyright';
  if (text.length <= 600 && (lower.includes('cookie') || lower.includes('consent') || lower.includes('privacy') || lower.includes('by continuing') || lower.includes('by using')) && CONSENT.test(text)) return 'consent';
  if (PROMO_LEAD.test(text) && text.length <= 300) return 'promotion';
  if (short && CLICK_HERE.test(text)) return 'promotion';
  if (text.length <= 400 && VIDEO_WIDGET.test(text)) return 'promotion';
  if (short && (MORE_FROM.test(text) || TRAILING_READ_MORE.test(text) || BRACKETED_LINK.test(text))) return 'promotion';
  // `... Click here to upload yours.`: inside a short paragraph, unless it is quoted speech.
  if (text.length <= 300 && lower.includes('click here') && !/["“”]/.test(text)) return 'promotion';
  if (WIDGET_TOKEN.test(text) || galleryStrip(text)) return 'navigation';
  if (text.length <= 400 && PAGE_PROMO.test(text)) return 'promotion';
  if (short && URL.test(text) && URL_PROMO_LEAD.test(text)) return 'promotion';
  if (text.length <= 160 && CALL_TO_ACTION.test(text) && HANDLE.test(text) && !/["“”]/.test(text)) return 'social';
  if (text.length > 1500 || !MAY_SUBSCRIBE.test(lower)) return null;
  const signals = subscriptionSignals(text);
  if (signals >= 3 || (signals >= 1 && short && SUBSCRIPTION_LEAD.test(text))) return 'subscription';
  return null;
}

const CORPORATE_SUFFIX = /[\s,]+(?:Company|Co\.?|Corporation|Corp\.?|Inc\.?|Ltd\.?|Limited|LLC|plc|PLC|Group|Holdings|Media|Newspapers?)\.?$/;

/**
 * Names the site calls itself in its own furniture (`Copyright © The X Company`, `Also in The X`,
 * `The X on social media`): a trailing paragraph that starts with one of them is the site talking.
 */
export function outletNamesIn(text: string): string[] {
  const names: string[] = [];
  const also = ALSO_IN.exec(text);
  if (also) names.push(also[1]!.trim());
  const social = /^(.{2,60}?)\s+on\s+social\s+media$/i.exec(text);
  if (social) names.push(social[1]!.trim());
  const copyright = /^(?:copyright\s*)?(?:©|\(c\))?\s*(?:\d{4}(?:\s*[-–]\s*\d{4})?\s*)?(?:copyright\s*)?([\p{Lu}][\p{L}\p{N}.&'’ -]{1,60}?)(?:[.,]|\s+all rights reserved|$)/iu.exec(
    COPYRIGHT.test(text) ? text : '',
  );
  if (copyright) names.push(copyright[1]!.trim());
  return names
    .map((n) => n.replace(CORPORATE_SUFFIX, '').trim())
    .filter((n) => n.length >= 3 && !/^all rights/i.test(n));
}

const SELF_TALK_VERB =
  /^\s*(?:has|have|is|are|will|also|now)?\s*(?:recorded|introduces?|features?|offers?|presents?|brings?|provides?|compiled|collected|launched|invites?|takes? a (?:closer )?look|looks? back|showcases?|delivers?)\b/i;

/**
 * A paragraph of the trailing block (after the last body paragraph) in which the site advertises
 * its own content: `The page features ...`, or the outlet by name (`The X has recorded ...`).
 */
export function isTrailingPromotion(text: string, outlets: readonly string[]): boolean {
  if (text.length > 400) return false;
  if (TRAILING_PAGE_PROMO.test(text)) return true;
  for (const outlet of outlets) {
    const bare = outlet.replace(/^the\s+/i, '');
    const lead = new RegExp(`^(?:the\\s+)?${escapeRegExp(bare)}\\b`, 'i').exec(text);
    if (lead && SELF_TALK_VERB.test(text.slice(lead[0].length))) return true;
  }
  return false;
}

const LABELLED_PLUG = /^[\p{Lu}\p{N}][^.:!?]{1,40}:\s+\S/u;

/** `Virtual reality 101: Example tells you everything ...`: a short labelled plug naming the outlet. */
export function isLabelledPlug(text: string, outlets: readonly string[]): boolean {
  if (text.length > 200 || !LABELLED_PLUG.test(text)) return false;
  // Compared without spaces and punctuation: a site's address drops them (`Gadget Weekly` at gadgetweekly.com).
  const squash = (t: string) => t.toLowerCase().replace(/[^\p{L}\p{N}]+/gu, '');
  const plain = squash(text);
  return outlets.some((o) => {
    const name = squash(o.replace(/^the\s+/i, ''));
    return name.length >= 4 && plain.includes(name);
  });
}

function escapeRegExp(text: string): string {
  return text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}
