/**
 * Every command's name, as a plain list: the preload builds one function per name from it without pulling in the
 * schemas. contract.ts checks at compile time that it matches the schema exactly.
 */
export const HOST_COMMAND_TYPES = [
  'meeting.create',
  'meeting.command',
  'meeting.close',
  'nudge.anotherLine',
  'nudge.typeIntoChat',
  'call.accept',
  'call.dismiss',
  'settings.update',
  'clients.save',
  'clients.remove',
  'templates.save',
  'templates.remove',
  'phrases.edit',
  'phrases.add',
  'phrases.remove',
  'phrases.restore',
  'history.query',
  'history.report',
  'history.followUps',
  'history.deferred',
  'history.suggest',
  'meeting.annotate',
  'history.export',
  'history.import',
] as const;
