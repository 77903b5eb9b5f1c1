// An error commander prints for a wrong command line (its code and English text) → the same error in the language chosen for messages; a text it does not know stays as commander wrote it.
import type { MessageId, Values } from './catalogue.js';
import { type MessageLanguage, messageLanguage, say } from './say.js';

/** Commander's English forms, by its error code: the values each message reads, taken back out of the text. */
const FORMS: Record<string, { pattern: RegExp; id: MessageId; values: (m: RegExpMatchArray) => Values }> = {
  'commander.unknownOption': { pattern: /^unknown option '(.*)'$/s, id: 'argv.unknownOption', values: (m) => ({ flag: m[1] }) },
  'commander.unknownCommand': { pattern: /^unknown command '(.*)'$/s, id: 'argv.unknownCommand', values: (m) => ({ name: m[1] }) },
  'commander.missingArgument': { pattern: /^missing required argument '(.*)'$/s, id: 'argv.missingArgument', values: (m) => ({ name: m[1] }) },
  'commander.optionMissingArgument': { pattern: /^option '(.*)' argument missing$/s, id: 'argv.optionMissingArgument', values: (m) => ({ flags: m[1] }) },
  'commander.missingMandatoryOptionValue': { pattern: /^required option '(.*)' not specified$/s, id: 'argv.requiredOption', values: (m) => ({ flags: m[1] }) },
  'commander.excessArguments': {
    pattern: /^too many arguments(?: for '(.*)')?\. Expected (\d+) arguments? but got (\d+)\.$/s,
    id: 'argv.tooMany',
    values: (m) => ({ command: m[1], expected: Number(m[2]), got: Number(m[3]) }),
  },
};

/** An invalid value: commander's sentence, then the parser's own reason (ours, already in the chosen language, or commander's choices). */
const INVALID: Array<{ pattern: RegExp; id: MessageId; values: (m: RegExpMatchArray) => Values }> = [
  { pattern: /^option '(.*?)' argument '(.*?)' is invalid\. ?(.*)$/s, id: 'argv.invalidOption', values: (m) => ({ flags: m[1], value: m[2] }) },
  { pattern: /^command-argument value '(.*?)' is invalid for argument '(.*?)'\. ?(.*)$/s, id: 'argv.invalidArgument', values: (m) => ({ value: m[1], name: m[2] }) },
];

const SUGGESTION = /\n\(Did you mean (one of )?(.*)\?\)$/s;

function reasonText(reason: string, lang: MessageLanguage): string {
  const choices = /^Allowed choices are (.*)\.$/s.exec(reason);
  return choices ? say('argv.allowedChoices', { choices: choices[1] }, lang) : reason;
}

function body(code: string, text: string, lang: MessageLanguage): string | undefined {
  if (code === 'commander.invalidArgument') {
    for (const form of INVALID) {
      const m = text.match(form.pattern);
      if (m) return [say(form.id, form.values(m), lang), reasonText(m[3] ?? '', lang)].filter(Boolean).join(' ');
    }
    return undefined;
  }
  const form = FORMS[code];
  const m = form && text.match(form.pattern);
  return form && m ? say(form.id, form.values(m), lang) : undefined;
}

export function commanderError(code: string, message: string, lang: MessageLanguage = messageLanguage()): string {
  const prefixed = /^error: (.*)$/s.exec(message);
  if (!prefixed) return message;
  let text = prefixed[1] ?? '';
  let suggestion = '';
  const guess = SUGGESTION.exec(text);
  if (guess) {
    text = text.slice(0, guess.index);
    suggestion = `\n${guess[1] ? say('argv.didYouMeanOneOf', { guesses: guess[2] }, lang) : say('argv.didYouMean', { guess: guess[2] }, lang)}`;
  }
  const said = body(code, text, lang);
  return said === undefined ? message : `${say('cli.errorPrefix', {}, lang)}: ${said}${suggestion}`;
}
