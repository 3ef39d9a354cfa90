/**
 * Every refusal a user can meet, by key, in English. An error carries its key and parameters; the UI shows its own
 * translation of the key, and this text is what logs and API clients read. `{name}` marks a parameter.
 */
export const ERROR_TEXT = {
  // Generic, from a schema
  required: 'fill this in',
  tooLong: 'keep it under {max} characters (it has {actual})',
  tooShort: 'it needs at least {min} characters',
  tooMany: 'at most {max} of these',
  tooFew: 'at least {min} of these',
  tooHigh: 'at most {max}',
  tooLow: 'at least {min}',
  notWhole: 'use a whole number',
  notAllowedValue: 'that value is not one of the choices',
  badFormat: 'that is not in the expected form',
  badMessage: 'the message could not be read: {detail}',
  notJson: 'the message is not JSON ({detail})',
  binaryFrame: 'send JSON text frames, not binary',
  messageTooLarge: 'a message may be at most {max} bytes; this one was {actual}',
  rateLimited: 'more than {max} messages a second; this one was dropped',
  unauthorized: 'not from a Tactful window',
  internal: '{command} failed: {detail}',
  hostTimeout: 'Tactful did not answer in time; try again',
  notConnected: 'not connected to Tactful yet; try again in a moment',
  connectionLost:
    'the connection to Tactful dropped before it answered: check the meeting before trying again',
  unknownSetting: 'there is no setting called {name}',
  unknownTimeZone: 'that time zone is unknown',
  diskFull: 'the disk is full: nothing was saved and nothing changed; free some space and try again',
  storageFailed:
    'Tactful could not save to its data folder ({detail}): nothing was saved and nothing changed',
  viewOnly: 'this link can only watch the meeting; it cannot change anything',
  localOnly: 'only Tactful on this computer can do that',

  // Durations and agendas
  durationNegative: 'a duration cannot be negative',
  durationTooLong: 'a duration cannot be longer than 12 hours',
  durationZero: 'it must be longer than zero',
  itemNeedsTitle: 'give this item a title',
  meetingNeedsTitle: 'give the meeting a title',
  agendaNeedsItem: 'an agenda needs at least one item',
  agendaFull: 'an agenda holds at most {max} items',
  itemIdsUnique: 'item ids must be unique',
  badId: 'an id may only use letters, digits, "-" and "_"',
  reservedId: 'that id is a reserved word; choose another',
  addZero: 'adding zero seconds does nothing',
  addTooMuch: 'at most 12 hours at once',

  // The open meeting
  noMeeting: 'no meeting is open',
  meetingOpen: 'a meeting is already open',
  closeEndedFirst: 'close the ended meeting first',
  endBeforeClosing: 'end the meeting before closing it',
  meetingIdTaken: 'meeting id "{id}" is taken',
  notPossibleNow: '"{command}" is not possible while the meeting is {state}',
  noPosition: 'there is no agenda position {index}',
  alreadyCurrent: 'that item is already the current one',
  noItem: 'there is no agenda item "{id}"',
  notEnoughToTake: '"{title}" has only {sec} s to take away',
  itemTooLong: 'an item cannot be longer than 12 hours',
  itemIdTaken: 'item id "{id}" is taken',
  pastEnd: 'position {index} is past the end of the agenda',
  noOpenNudge: 'that line is no longer shown',
  noOtherLine: 'there is no other line for this moment',
  notesUnchanged: 'the notes are unchanged',
  notesTooLong: 'notes can be at most 20,000 characters',
  followUpNeedsText: 'a follow-up needs some text',
  followUpTaken: 'follow-up id "{id}" is taken',
  noFollowUp: 'there is no follow-up "{id}"',
  nothingToChange: 'nothing to change',
  nothingToRebalance: 'the rest of the agenda already fits: nothing to rebalance',
  annotateOnly: 'only notes and follow-ups can be changed here',

  // People, the floor and the queue
  participantNeedsName: 'give this person a name',
  participantIdsUnique: 'participant ids must be unique',
  roundNeedsPeople: 'a round needs people in the meeting',
  turnTooLong: 'a turn can be at most an hour',
  peopleFull: 'a meeting holds at most {max} people',
  noParticipant: 'there is no participant "{id}"',
  participantAway: '{name} is not in the call',
  participantHere: '{name} is already in the call',
  alreadyHasFloor: '{name} already has the floor',
  floorFree: 'nobody has the floor',
  alreadyQueued: '{name} is already on the speaking list',
  notQueued: '{name} is not on the speaking list',
  queuePlace: 'there is no position {index} on the speaking list',

  // History, clients, templates, lines
  noMeetingInHistory: 'there is no meeting "{id}" in history',
  noClient: 'there is no client "{id}"',
  clientNeedsName: 'give the client a name',
  clientNameTaken: 'there is already a client called "{name}"',
  clientIdTaken: 'client id "{id}" is taken',
  noTemplate: 'there is no template "{id}"',
  templateNeedsName: 'give the template a name',
  templateNeedsItem: 'a template needs at least one item',
  noLine: 'there is no line "{id}"',
  addressUnknown: 'the language has no form of address "{form}"',
  lineIdTaken: 'line id "{id}" is taken',
  lineEmpty: 'a line cannot be empty',
  userLineId: 'your own lines have ids that start with "user."',
  lineRegister: '{locale} lines use {registers}',
  unknownPlaceholder: 'there is no placeholder {{name}}',
  placeholderOnlyVi: '{{name}} is only for Vietnamese lines',
  placeholderNoValue: '{{name}} has no value in this situation',
  tiersAscending: 'each tier must come later than the one before',
  tiersDescending: 'each tier must leave less time than the one before',
  atMostThreeTiers: 'at most three tiers',
  noMeetingsToExport: 'there are no meetings to export',
  emailNeeded: 'the time tracker needs your email address: set it first',
  importRefused: 'this file cannot be imported: {detail}',

  // Transcripts
  transcriptNotTranscript:
    'this file is not a transcript Tactful can read; it reads WebVTT (.vtt) files from Zoom and Teams, and Google Meet transcripts saved as text',
  transcriptSrt: 'this is a SubRip (.srt) subtitle file: download the transcript as WebVTT (.vtt) instead',
  transcriptDamaged: 'the transcript is damaged at line {line}',
  transcriptEmpty: 'the transcript has no speech in it',
  transcriptNoSpeakers:
    'the transcript does not say who spoke, so Tactful cannot work out speaking time (in Zoom and Teams, keep speaker names turned on)',
  transcriptTooLarge: 'a transcript may be at most {max} MB; this file is {actual} MB',
  transcriptNeedsEnd: 'a transcript can only be added after the meeting has ended',
  noTranscript: 'this meeting has no transcript',
  noSpeaker: 'the transcript has no speaker called "{name}"',

  // Meeting apps
  noCallToStart: 'there is no call to start timing',
  detectionUnavailable: 'window detection is not available, so Tactful cannot reach the call',
  noCallWindow: 'no call window is open',
  focusDeniedWindows: 'Windows kept {app} in the background: click its window once, then try again',
  focusDenied: '{app} could not be brought forward: click its window once, then try again',
  typingFailed: 'typing into {app} failed: {detail}',
  patternNeeded: 'enter a pattern',
  patternInvalid: 'that is not a valid pattern (a regular expression)',
  appIdFormat: 'use lower-case letters, digits and dashes',
  appNeedsName: 'name the app',

  // Calendars, the week and notes
  calendarUrlInvalid: 'enter an address that starts with https://, http:// or webcal://',
  calendarUnreachable: 'the calendar at {host} could not be reached',
  calendarAuthFailed: '{host} refused the user name or password',
  calendarNotFound: 'there is no calendar at {url}',
  calendarHttp: '{host} answered with an error ({status})',
  calendarTimeout: '{host} did not answer within {seconds} seconds',
  calendarTooLarge: 'the calendar is larger than Tactful reads (at most {max})',
  calendarNoCalendars: 'the account at {host} has no calendar with events',
  icsMalformed: 'this is not a calendar file Tactful can read ({detail})',
  calendarSecretMissing:
    'the password for this calendar could not be read: remove the calendar and add it again',
  calendarSyncFailed: 'the calendar could not be synced ({detail})',
  noCalendar: 'there is no calendar "{id}"',
  noPlannedMeeting: 'that meeting is no longer in the calendar',
  plannedMeetingHeld: 'that meeting was already held: its report is in history',
  noStandingCall: 'that recurring event is no longer in the calendar',
  noMeetingsInPeriod: 'there were no meetings with {client} in this period',
} as const;

export type ErrorKey = keyof typeof ERROR_TEXT;
export type ErrorParams = Record<string, string | number>;

export function isErrorKey(s: string): s is ErrorKey {
  return Object.hasOwn(ERROR_TEXT, s);
}

/** The English sentence for an error, with its parameters filled in. */
export function errorText(key: ErrorKey, params: ErrorParams = {}): string {
  return ERROR_TEXT[key].replace(/\{(\w+)\}/g, (whole, name: string) =>
    Object.hasOwn(params, name) ? String(params[name]) : whole,
  );
}
