// The command line's help and commander's errors for a wrong command line, from the catalogue: Dutch with LANG=nl_* or `messages: nl` in the project, English as it was otherwise; exit 2 for a wrong command line in either.
import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { commanderError } from '../../src/messages/commanderError.js';
import { cli, hasCli, STACK_FRAME } from '../support/runCli.js';

/** Only LANG decides: nothing else in the environment of the test run chooses the language. */
const lang = (LANG: string) => ({ env: { LANG, LC_ALL: undefined, LC_MESSAGES: undefined, DRUKWERK_MESSAGES: undefined } });
const DUTCH = lang('nl_BE.UTF-8');
const ENGLISH = lang('C');

describe("commander's errors through the catalogue", () => {
  // commander's English texts (commander 14), as it prints them
  const english: Array<[string, string]> = [
    ['commander.unknownOption', "error: unknown option '--colour'"],
    ['commander.unknownOption', "error: unknown option '--forse'\n(Did you mean --force?)"],
    ['commander.unknownCommand', "error: unknown command 'buidl'\n(Did you mean one of build, list?)"],
    ['commander.missingArgument', "error: missing required argument 'files'"],
    ['commander.optionMissingArgument', "error: option '--region <ids>' argument missing"],
    ['commander.missingMandatoryOptionValue', "error: required option '--extends <region>' not specified"],
    ['commander.excessArguments', "error: too many arguments for 'schema'. Expected 0 arguments but got 2."],
    ['commander.excessArguments', 'error: too many arguments. Expected 1 argument but got 3.'],
    ['commander.invalidArgument', "error: option '--jobs <n>' argument '0' is invalid. give a whole number of 1 or more"],
    ['commander.invalidArgument', "error: option '--edition <name>' argument 'x' is invalid. Allowed choices are print, screen."],
    ['commander.invalidArgument', "error: command-argument value 'x' is invalid for argument 'lang'. Allowed choices are nl, fr."],
  ];

  it('says every one in English exactly as commander does', () => {
    for (const [code, message] of english) expect(commanderError(code, message, 'en')).toBe(message);
  });

  it('says them in Dutch, with the values and the suggestion kept', () => {
    expect(english.map(([code, message]) => commanderError(code, message, 'nl'))).toEqual([
      "fout: onbekende optie '--colour'",
      "fout: onbekende optie '--forse'\n(bedoel je --force?)",
      "fout: onbekend commando 'buidl'\n(bedoel je een van build, list?)",
      'fout: je gaf geen files mee',
      "fout: optie '--region <ids>' heeft een waarde nodig",
      "fout: optie '--extends <region>' is verplicht",
      "fout: te veel meegegeven bij 'schema': 0 verwacht, 2 gekregen",
      'fout: te veel meegegeven: 1 verwacht, 3 gekregen',
      "fout: '0' gaat niet bij optie '--jobs <n>': give a whole number of 1 or more",
      "fout: 'x' gaat niet bij optie '--edition <name>': kies uit print, screen",
      "fout: 'x' gaat niet als 'lang': kies uit nl, fr",
    ]);
  });

  it('leaves a text it does not know as commander wrote it', () => {
    expect(commanderError('commander.conflictingOption', "error: option '--a' cannot be used with option '--b'", 'nl')).toBe("error: option '--a' cannot be used with option '--b'");
    expect(commanderError('commander.unknownOption', 'something else', 'nl')).toBe('something else');
  });
});

describe.skipIf(!hasCli)('the help in Dutch and in English (dist/cli.js)', () => {
  it('drukwerk --help with LANG=nl_BE.UTF-8: the headings, the options and the commands in Dutch; exit 0', async () => {
    const { code, stdout } = await cli(['--help'], DUTCH);
    expect(code).toBe(0);
    const lines = stdout.split('\n');
    expect(lines[0]).toBe('Gebruik: drukwerk [opties] [commando]');
    expect(stdout).toContain('Drukklaar infomateriaal uit YAML-inhoud: poster, flyer, brochure en leidraad\nvoor elke regio.');
    for (const line of [
      'Opties:',
      '  -V, --version                                    toon de versie van drukwerk',
      '  -q, --quiet                                      toon alleen fouten en waarschuwingen',
      '  -h, --help                                       toon deze uitleg',
      'Commando’s:',
      '  build [opties]                                   maak de PDF’s: elk materiaal voor elke regio',
      '  translation-done [opties] <taal> [bestanden...]  noteer dat een vertaling klopt met de Nederlandse tekst van nu (in haar translates:-blok)',
      '  help [commando]                                  toon de uitleg bij een commando',
    ])
      expect(lines).toContain(line);
    expect(stdout).not.toMatch(/Usage|Options|Commands|\[options\]|display help/);
  });

  it('drukwerk build --help in Dutch: each option in words the README uses (regio, materiaal, editie, kader, uitvoermap)', async () => {
    const { code, stdout } = await cli(['build', '--help'], DUTCH);
    expect(code).toBe(0);
    const lines = stdout.split('\n');
    expect(lines.slice(0, 5)).toEqual(['Gebruik: drukwerk build [opties]', '', 'maak de PDF’s: elk materiaal voor elke regio', '', 'Opties:']);
    for (const line of [
      '  --project <map>      de projectmap (standaard: ".")',
      '  --material <namen>   alleen deze materialen: poster, flyer, brochure, leidraad',
      '  --out <map>          de uitvoermap (standaard: "out")',
      '  --no-crop-marks      laat de snijtekens van de drukeditie (print) weg',
      '  --report <bestand>   schrijf in dit bestand welke teksten niet pasten en welke',
      '                       kaders kleiner gezet zijn',
      '  --force              bouw elke PDF opnieuw, ook als er niets aan veranderd is',
      '  -h, --help           toon deze uitleg',
    ])
      expect(lines).toContain(line);
    expect(stdout).toMatch(/--edition <naam> +alleen deze editie: print voor de drukker, screen voor\s+het scherm \(kies uit: "print", "screen"\)/);
    expect(stdout).not.toMatch(/Usage|Options|default:|choices:|the output folder/);
  });

  it('the same help in English with LANG=C, as before', async () => {
    const program = await cli(['--help'], ENGLISH);
    expect(program.code).toBe(0);
    const lines = program.stdout.split('\n');
    expect(lines[0]).toBe('Usage: drukwerk [options] [command]');
    for (const line of [
      'Options:',
      '  -V, --version                                 print the version of drukwerk',
      '  -h, --help                                    display help for command',
      'Commands:',
      '  build [options]                               render every material for every region into PDFs',
      '  translation-done [options] <lang> [files...]  record that a translation is up to date with the Dutch text as it is now (its translates: block)',
      '  help [command]                                display help for command',
    ])
      expect(lines).toContain(line);
    const build = await cli(['build', '--help'], ENGLISH);
    expect(build.code).toBe(0);
    expect(build.stdout.split('\n').slice(0, 5)).toEqual(['Usage: drukwerk build [options]', '', 'render every material for every region into PDFs', '', 'Options:']);
    for (const line of [
      '  --project <dir>     the project folder (default: ".")',
      '  --edition <name>    only this edition (choices: "print", "screen")',
      '  --out <dir>         the output folder (default: "out")',
      '  --report <file>     write the overset and copy-fit report to this file',
      '  -h, --help          display help for command',
    ])
      expect(build.stdout.split('\n')).toContain(line);
  });

  it('an unknown option in Dutch: the error with its suggestion, then the help in Dutch; exit 2, no stack trace', async () => {
    const { code, stdout, stderr } = await cli(['build', '--forse'], DUTCH);
    expect(code).toBe(2);
    expect(stdout).toBe('');
    expect(stderr.split('\n').slice(0, 4)).toEqual(["fout: onbekende optie '--forse'", '(bedoel je --force?)', '', 'Gebruik: drukwerk build [opties]']);
    expect(stderr).not.toMatch(STACK_FRAME);
    const english = await cli(['build', '--forse'], ENGLISH);
    expect([english.code, english.stderr.split('\n').slice(0, 2)]).toEqual([2, ["error: unknown option '--forse'", '(Did you mean --force?)']]);
  });

  it.each([
    [['bouw'], "fout: onbekend commando 'bouw'"],
    [['list', '--material'], "fout: optie '--material <namen>' heeft een waarde nodig"],
    [['build', '--edition', 'papier'], "fout: 'papier' gaat niet bij optie '--edition <naam>': kies print of screen"],
    [['preflight', '--edition', 'papier', 'a.pdf'], "fout: 'papier' gaat niet bij optie '--edition <naam>': kies uit print, screen"],
    [['preflight'], 'fout: je gaf geen bestanden mee'],
    [['new-region', 'middelkerke'], "fout: optie '--extends <regio>' is verplicht"],
    [['schema', 'a'], "fout: te veel meegegeven bij 'schema': 0 verwacht, 1 gekregen"],
  ])('a wrong command line %j in Dutch: one Dutch sentence, exit 2', async (args, first) => {
    const { code, stderr } = await cli(args, DUTCH);
    expect(code).toBe(2);
    expect(stderr.split('\n')[0]).toBe(first);
  });

  describe('in a project that says messages: nl', () => {
    let root: string;
    beforeAll(async () => {
      root = await mkdtemp(path.join(tmpdir(), 'drukwerk-help-'));
      await writeFile(path.join(root, 'drukwerk.yaml'), 'messages: nl\n');
    });
    afterAll(() => rm(root, { recursive: true, force: true }));

    it('the help is Dutch there, also with LANG=C: run in the project folder, or given with --project', async () => {
      const here = await cli(['build', '--help'], { ...ENGLISH, cwd: root });
      expect([here.code, here.stdout.split('\n')[0]]).toEqual([0, 'Gebruik: drukwerk build [opties]']);
      const given = await cli(['build', '--project', root, '--help'], ENGLISH);
      expect([given.code, given.stdout.split('\n')[0]]).toEqual([0, 'Gebruik: drukwerk build [opties]']);
      const unknown = await cli(['build', '--project', root, '--colour', 'rood'], ENGLISH);
      expect([unknown.code, unknown.stderr.split('\n')[0]]).toEqual([2, "fout: onbekende optie '--colour'"]);
    });
  });
});
