import type { Messages } from './messages';

export const DE: Messages = {
  answer: {
    noun: { figure: 'Thema', source: 'Quelle', search: 'Textstelle', article: 'Artikel' },
    subject: { figure: 'Zahlen', source: 'Quellen', search: 'Textstellen', article: 'Artikel' },
    suggestionLead: {
      figure: 'Ähnlichste bekannte Themen',
      source: 'Ähnlichste bekannte Namen',
      search: 'Ähnlichste Wörter',
      article: 'Ähnlichste Artikel-IDs',
    },
    nothingYetFor: (matched) => `Noch nichts im Korpus zu ${matched}`,
    nothingFound: (query) => `Nichts gefunden für ${query}`,
    noneNamed: (noun, query) => `Kein Eintrag (${noun}) namens ${query}`,
    articleClosest: (title, query) => `${title} — beste Näherung für ${query}`,
    subjectFor: (subject, query) => `${subject} zu ${query}`,
    closestMatch: (subjectFor, matched) => `${subjectFor} — beste Näherung ${matched}`,
    matched: (subjectFor, matched) => `${subjectFor} — gefunden: ${matched}`,
    suggestions: (lead, names) => `${lead} (Vorschläge, keine Treffer): ${names}`,
    tryFewerWords: 'Versuchen Sie weniger oder andere Wörter.',
    nothingClose: 'Auch nichts Ähnliches ist bekannt.',
    noExactMatch: (query, matched) => `Kein genauer Treffer für ${query}; gezeigt wird das Ähnlichste: ${matched}`,
    knownButEmpty: (matched) => `${matched} ist bekannt, aber der Korpus enthält dazu noch nichts.`,
    showing: (shown, total) => `${shown} von ${total} gezeigt.`,
    unknownOutlet: 'Medium unbekannt',
    undated: 'ohne Datum',
    increment: '(zusätzlich zu einer früheren Gesamtzahl)',
    noSourceNamed: 'keine Quelle genannt',
    readAs: (span) => `als „${span}“`,
    toldVia: (via) => `gegenüber ${via}`,
    sourceLine: (credit) => `Quelle: ${credit}`,
    articleLink: 'Artikel',
    spreadLead: 'Spanne',
    readFrom: (text) => `gelesen aus „${text}“`,
    spread: (range, backing, count) => {
      const n = backing.unattributed;
      const unattributed = `${count(n)} ${n === 1 ? 'Angabe' : 'Angaben'} ohne Quelle`;
      if (backing.sources === 0) return `${range} (${unattributed})`;
      const named = `${range} laut ${count(backing.sources)} ${backing.sources === 1 ? 'Quelle' : 'Quellen'}`;
      return n > 0 ? `${named}, dazu ${unattributed}` : named;
    },
  },
  page: (page, pages) => `Seite ${page}/${pages}`,
  paging: { previous: 'Zurück', next: 'Weiter' },
  help: {
    title: 'Factdesk-Befehle',
    description: 'Jede Antwort besteht aus wörtlichen Sätzen aus den Artikeln des Desks, jeweils mit Quellenangabe.',
    consoleIntro: 'Factdesk antwortet mit wörtlichen, belegten Sätzen aus dem Korpus des Desks.',
    example: (example) => `Beispiel: \`${example}\``,
    exampleShort: (example) => `z. B. ${example}`,
    commands: {
      figure: 'Jede Zahl, die der Korpus zu einem Thema nennt, wer sie nannte und wo sie steht.',
      source: 'Was der Korpus eine Quelle sagen lässt, jeweils mit Beleg.',
      search: 'Volltextsuche im Korpus, tippfehlertolerant, beste Textstellen zuerst.',
      article: 'Titel, Medium und Datum eines Artikels und die erste Zeile jedes Absatzes.',
      help: 'Diese Liste.',
    },
  },
  slash: {
    reload: 'Datenordner neu einlesen und den neuen Korpus in Betrieb nehmen (Moderatoren).',
    digest: 'Der geplante Überblick: Vorschau ansehen oder jetzt senden (Moderatoren).',
    digestPreview: 'Den nächsten Überblick für diesen Kanal zeigen, nur für Sie.',
    digestNow: 'Den Überblick jetzt in die Überblick-Kanäle senden (Moderatoren).',
    options: {
      topic: 'Was die Zahlen zählen, z. B. Soldaten, Truppen, Verluste',
      name: 'Agentur, Medium, Behörde oder Person, z. B. KCNA',
      query: 'Wörter, die in den Artikeln gesucht werden (Tippfehler werden toleriert)',
      id: 'Artikel-ID (aus der Liste wählen, um Titel zu sehen)',
    },
  },
  console: {
    errorLead: 'Fehler',
    typeACommand: 'Geben Sie einen Befehl ein, zum Beispiel /figure Soldaten. /help listet alle auf.',
    unknownCommand: (name) => `Unbekannter Befehl „${name}“. /help listet die Befehle auf.`,
    invalidQuery: (command, problem, max) => {
      const what = { figure: 'das Thema', source: 'der Quellenname', search: 'der Suchtext', article: 'die Artikel-ID' }[command];
      const wrong = problem === 'empty' ? 'fehlt' : problem === 'too-long' ? `ist zu lang (höchstens ${max} Zeichen)` : 'ist ungültig';
      return `/${command}: ${what} ${wrong}.`;
    },
    internalError: (reason) => `Interner Fehler beim Antworten (${reason}).`,
    greeting: (articles, figures, attributions) =>
      `Factdesk-Konsole — ${articles} Artikel, ${figures} Zahlen, ${attributions} Zuschreibungen.`,
    prompt: '/help zeigt die Befehle, Strg-D beendet.',
  },
  notices: {
    failure: 'Beim Antworten ist etwas schiefgegangen. Bitte versuchen Sie es noch einmal.',
    engineFailure: 'Factdesk konnte das gerade nicht beantworten (interner Fehler). Bitte versuchen Sie es noch einmal.',
    staleButton: 'Diese Schaltflächen passen nicht mehr zu dieser Antwort. Bitte fragen Sie neu.',
    unknownCommand: (name) => `Unbekannter Befehl /${name}.`,
    moderatorsOnly: 'Nur Moderatoren können diesen Befehl verwenden.',
    optionInvalid: (option, problem, max) =>
      `Die Angabe „${option}“ ${problem === 'empty' ? 'braucht etwas Text' : problem === 'too-long' ? `ist zu lang (höchstens ${max} Zeichen)` : 'ist ungültig'}.`,
  },
};
