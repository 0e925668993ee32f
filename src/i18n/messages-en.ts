import type { Messages } from './messages';

export const EN: Messages = {
  answer: {
    noun: { figure: 'topic', source: 'source', search: 'passage', article: 'article' },
    subject: { figure: 'Figures', source: 'Sources', search: 'Passages', article: 'Article' },
    suggestionLead: {
      figure: 'Closest known topics',
      source: 'Closest known names',
      search: 'Closest words',
      article: 'Closest article ids',
    },
    nothingYetFor: (matched) => `Nothing in the corpus yet for ${matched}`,
    nothingFound: (query) => `Nothing found for ${query}`,
    noneNamed: (noun, query) => `No ${noun} named ${query}`,
    articleClosest: (title, query) => `${title} — closest match for ${query}`,
    subjectFor: (subject, query) => `${subject} for ${query}`,
    closestMatch: (subjectFor, matched) => `${subjectFor} — closest match ${matched}`,
    matched: (subjectFor, matched) => `${subjectFor} — matched ${matched}`,
    suggestions: (lead, names) => `${lead} (suggestions, not matches): ${names}`,
    tryFewerWords: 'Try fewer or different words.',
    nothingClose: 'Nothing close is known either.',
    noExactMatch: (query, matched) => `No exact match for ${query}; showing the closest: ${matched}`,
    knownButEmpty: (matched) => `${matched} is known, but the corpus has nothing for it yet.`,
    showing: (shown, total) => `Showing ${shown} of ${total}.`,
    unknownOutlet: 'unknown outlet',
    undated: 'undated',
    increment: '(in addition to an earlier total)',
    noSourceNamed: 'no source named',
    readAs: (span) => `as “${span}”`,
    toldVia: (via) => `told ${via}`,
    sourceLine: (credit) => `Source: ${credit}`,
    articleLink: 'article',
    spreadLead: 'Spread',
    readFrom: (text) => `read from "${text}"`,
    spread: (range, backing, count) => {
      const who: string[] = [];
      if (backing.sources > 0) who.push(`${count(backing.sources)} ${backing.sources === 1 ? 'source' : 'sources'}`);
      if (backing.unattributed > 0) who.push(`${count(backing.unattributed)} unattributed`);
      return `${range} from ${who.join(', ')}`;
    },
  },
  page: (page, pages) => `Page ${page}/${pages}`,
  paging: { previous: 'Previous', next: 'Next' },
  help: {
    title: 'Factdesk commands',
    description: 'Every answer is verbatim sentences from the desk’s articles, each with its citation.',
    consoleIntro: 'Factdesk answers with verbatim, cited sentences from the desk corpus.',
    example: (example) => `Example: \`${example}\``,
    exampleShort: (example) => `e.g. ${example}`,
    commands: {
      figure: 'Every number the corpus gives for a topic, who gave it and where it stands.',
      source: 'What the corpus quotes a source as saying, each with its citation.',
      search: 'Full-text search over the corpus, typo-tolerant, best passages first.',
      article: "An article's title, outlet, date and the first line of each paragraph.",
      help: 'This list.',
    },
  },
  slash: {
    reload: 'Re-read the data folder and put the new corpus in service (moderators).',
    digest: 'The scheduled digest: preview it, or post it now (moderators).',
    digestPreview: 'Show the next digest for this channel, only to you.',
    digestNow: 'Post the digest to the digest channels now (moderators).',
    options: {
      topic: 'What the numbers count, e.g. troops, Soldaten, casualties',
      name: 'An agency, outlet, government body or person, e.g. KCNA',
      query: 'Words to look for in the articles (typos are tolerated)',
      id: 'Article id (pick from the list to see titles)',
    },
  },
  console: {
    errorLead: 'Error',
    typeACommand: 'Type a command, for example /figure troops. /help lists them all.',
    unknownCommand: (name) => `Unknown command "${name}". Type /help for the list of commands.`,
    invalidQuery: (command, problem, max) => {
      const what = { figure: 'topic', source: 'source name', search: 'search text', article: 'article id' }[command];
      const wrong = problem === 'empty' ? 'needs some text' : problem === 'too-long' ? `is too long (at most ${max} characters)` : 'is not valid';
      return `/${command}: the ${what} ${wrong}.`;
    },
    internalError: (reason) => `Internal error while answering (${reason}).`,
    greeting: (articles, figures, attributions) =>
      `Factdesk console — ${articles} articles, ${figures} figures, ${attributions} attributions.`,
    prompt: 'Type /help for the commands, Ctrl-D to quit.',
  },
  notices: {
    failure: 'Something went wrong while answering. Please try again.',
    engineFailure: 'Factdesk could not answer that just now (internal error). Please try again.',
    staleButton: 'These buttons no longer match this answer. Please ask again.',
    unknownCommand: (name) => `Unknown command /${name}.`,
    moderatorsOnly: 'Only moderators can use this command.',
    optionInvalid: (option, problem, max) =>
      `The ${option} ${problem === 'empty' ? 'needs some text' : problem === 'too-long' ? `is too long (at most ${max} characters)` : 'is not valid'}.`,
  },
};
