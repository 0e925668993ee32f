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
    incrementShort: '(additional)',
    noSourceNamed: 'no source named',
    readAs: (span) => `as “${span}”`,
    toldVia: (via) => `told ${via}`,
    sourceLine: (credit) => `Source: ${credit}`,
    articleLink: 'article',
    headline: 'headline',
    standfirst: 'standfirst',
    spreadLead: 'Spread',
    moreFigures: (count) => `…and ${count} more, each cited on the next pages`,
    sentencesFollow: 'Each figure’s sentence is cited on the next pages (Next).',
    latestLead: (n, sources, total) =>
      `Each source’s most recent figure, newest first (${sources} ${n === 1 ? 'source' : 'sources'}, ` +
      `${total} figures in all):`,
    olderFollow: (n, count) =>
      `${count} older ${n === 1 ? 'figure' : 'figures'} of the same sources follow the latest ones.`,
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
  export: {
    csvButton: 'CSV',
    markdownButton: 'Markdown',
    columns: {
      value: 'value',
      upper: 'upper value',
      unit: 'unit',
      measure: 'measures or counts',
      qualifier: 'qualifier',
      source: 'source',
      via: 'told to',
      wordsRead: 'words read',
      sentence: 'sentence',
      title: 'article title',
      outlet: 'outlet',
      published: 'date',
      url: 'URL',
      paragraph: 'paragraph',
      articleId: 'article id',
    },
    sent: (format, n, rows, headline) => `${format}: ${rows} ${n === 1 ? 'row' : 'rows'}, ${headline}`,
    cut: (shown, total) =>
      `The first ${shown} of ${total} rows: the rest would make the file larger than Discord accepts.`,
    exportedFrom: 'Exported from Factdesk. Sentences are quoted verbatim from the articles.',
  },
  chart: {
    fieldName: 'Chart',
    date: 'publication date',
    value: (unit) => (unit === '' ? 'value' : `value (${unit})`),
    source: 'source',
    describe: (c, count) => {
      const who = [
        c.sources > 0 ? `${count(c.sources)} ${c.sources === 1 ? 'source' : 'sources'}` : '',
        c.unattributed > 0 ? `${count(c.unattributed)} unattributed` : '',
      ]
        .filter(Boolean)
        .join(' and ');
      const axis = c.byDate
        ? `by publication date${c.first && c.last ? ` (${c.first} to ${c.last})` : ''}`
        : 'by value (not every article is dated)';
      return `Chart of ${count(c.figures)} ${c.figures === 1 ? 'figure' : 'figures'} from ${who}, ${axis}; shaded: the spread ${c.spread}.`;
    },
  },
  suggestion: {
    kind: {
      agency: 'agency',
      media: 'media',
      government: 'government',
      intelligence: 'intelligence',
      military: 'military',
      organization: 'organization',
      person: 'person',
    },
    count: (n, count, of) =>
      `${count} ${of === 'figures' ? (n === 1 ? 'figure' : 'figures') : n === 1 ? 'quote' : 'quotes'}`,
  },
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
      'digest-preview': 'The next digest for this channel, shown only to you.',
      'digest-now': 'Posts the digest to the digest channels now.',
      reload: 'Re-reads the data folder and puts the new corpus in service; replies with what changed.',
    },
    moderatorsOnly: '(moderators only)',
  },
  slash: {
    reload: 'Re-read the data folder and put the new corpus in service (moderators).',
    digest: 'The scheduled digest: preview it, or post it now (moderators).',
    digestPreview: 'Show the next digest for this channel, only to you.',
    digestNow: 'Post the digest to the digest channels now (moderators).',
    ingest: 'Fetch an article from a link and add it to the archive (moderators).',
    addToArchive: 'Add to archive',
    options: {
      topic: 'What the numbers count, e.g. troops, Soldaten, casualties',
      name: 'An agency, outlet, government body or person, e.g. KCNA',
      query: 'Words to look for in the articles (typos are tolerated)',
      id: 'Article id (pick from the list to see titles)',
      url: 'Link to the article (http or https)',
    },
  },
  console: {
    errorLead: 'Error',
    typeACommand: 'Type a command, for example /figure troops. /help lists them all.',
    unknownCommand: (name) => `Unknown command "${name}". Type /help for the list of commands.`,
    invalidQuery: (command, problem, max) => {
      const what = { figure: 'topic', source: 'source name', search: 'search text', article: 'article id' }[command];
      const wrong =
        problem === 'empty'
          ? 'needs some text'
          : problem === 'too-long'
            ? `is too long (at most ${max} characters)`
            : 'is not valid';
      return `/${command}: the ${what} ${wrong}.`;
    },
    internalError: (reason) => `Internal error while answering (${reason}).`,
    greeting: (articles, figures, attributions) =>
      `Factdesk console — ${articles} articles, ${figures} figures, ${attributions} attributions.`,
    prompt: 'Type /help for the commands, Ctrl-D to quit.',
    exportOnly: (flag) => `${flag} works with /figure and /source.`,
    chartWritten: (file, description) => `Chart written to ${file}: ${description}`,
    noChart: 'No chart: it needs at least two figures of one quantity in one unit.',
  },
  digest: {
    title: (slot) => `Factdesk digest · ${slot}`,
    firstHeading: (n, count) => `First digest: ${count} ${n === 1 ? 'article' : 'articles'} in the corpus`,
    updateHeading: (n, count, since) => `${count} ${n === 1 ? 'article' : 'articles'} added since ${since}`,
    nothingNew: (title, since) => `${title}: nothing new${since ? ` since the last digest (${since})` : ''}.`,
    figureBoard: 'Figure board',
    mostQuoted: 'Most-quoted sources',
    sentences: (n, count) => `${count} ${n === 1 ? 'sentence' : 'sentences'}`,
    moreArticles: (count) => `…and ${count} more (see /article)`,
    moreRows: (count) => `…and ${count} more`,
    moreOnTopic: (count, command) => `…and ${count} more: ${command}`,
    moreTopics: 'More figures',
    boardNote: 'Each topic’s spread and figures, as /figure lists them first; the cited sentences: /figure <topic>',
    footer: 'Full text and cited sentences: /article <id> · /figure <topic> · /source <name>',
    previewNote: 'Preview of the next digest for this channel (not posted):',
    useSubcommand: 'Use /digest preview or /digest now.',
    noChannels: 'No digest channels are configured (DIGEST_CHANNEL_IDS), so there is nowhere to post.',
    locked: 'A digest is being posted right now; try again in a minute.',
    postedTo: (channels) => `Digest posted to ${channels}.`,
    couldNotPost: (channel, error) => `Could not post to ${channel}: ${error}. It will be retried at the next run.`,
    nothingPosted: 'Nothing was posted.',
    noChannelsDryRun: 'DIGEST_CHANNEL_IDS is unset, so no digest is posted. A channel would get:',
    channelHeading: (channelId) => `── channel ${channelId} ──`,
  },
  reload: {
    articles: (n, count) => `${count} ${n === 1 ? 'article' : 'articles'}`,
    invalidFiles: (n, count) => `${count} ${n === 1 ? 'invalid file' : 'invalid files'}`,
    unchanged: (articles, took) => `the corpus in service is unchanged: ${articles}. (${took})`,
    refusedEveryPolicy: (why, unchanged) => `Reload refused under every policy: ${why}; ${unchanged}`,
    refused: (why, unchanged) => `Reload refused (${why}); ${unchanged}`,
    nothingLoadable: 'nothing loadable',
    fixOrSkip: 'Fix the files below, or set RELOAD_POLICY=skip-invalid to load the valid ones anyway.',
    reloaded: (took, articles) => `Reloaded in ${took}: ${articles} in service.`,
    skipped: (files) => `Skipped ${files}:`,
    joined: '(A reload was already running; this is its result.)',
    nothingChanged: 'Nothing changed.',
    articleChanges: (added, changed, removed) => `Articles: ${added} added, ${changed} changed, ${removed} removed.`,
    figures: (change, topics) => `Figures: ${change}${topics ? `; ${topics}` : ''}.`,
    quoting: (change) => `Quoting sentences: ${change}.`,
    sourcesGained: (names) => `Sources gained: ${names}.`,
    sourcesLost: (names) => `Sources lost: ${names}.`,
    more: (count) => `…and ${count} more`,
    auditBy: (actor) => `Reload by ${actor}:`,
    askedBot: 'Asked the running bot to reload.',
    dryRun: 'No bot reloaded: this is what a reload would do against the corpus last loaded. Nothing was written.',
    wouldReload: (took, articles) => `A reload would put ${articles} in service (checked in ${took}).`,
  },
  progress: {
    analysing: (articles, of) => `Reading and analysing: ${articles} of ${of} articles`,
    rate: (perSecond) => `${perSecond} a second`,
    left: (seconds) => `about ${seconds} left`,
    indexing: (articles) => `Indexing ${articles} articles …`,
    loaded: (articles, took, analysed, indexed) =>
      `Loaded ${articles} articles in ${took} (read and analysed in ${analysed}, indexed in ${indexed}).`,
    reloading: (line) => `Reloading the data folder … ${line}`,
  },
  ingest: {
    noLinks: 'That message has no web links to add.',
    notAdded: (link, why) => `Not added: ${link}\n${why}.`,
    added: (title) => `Added to the archive: ${title}`,
    updated: (title) => `Updated in the archive: ${title}`,
    unchanged: (title) => `Already in the archive, unchanged: ${title}`,
    inArchive: (title) => `In the archive: ${title}`,
    savedNotServing: (title) => `Saved, but not in service yet: ${title}`,
    alreadyAs: (title, id) =>
      `Already in the archive as ${title} (id ${id}): the same text under another address. Nothing was added.`,
    paragraphs: (n, count) => `${count} ${n === 1 ? 'paragraph' : 'paragraphs'}`,
    facts: (outlet, published, paragraphs, id) => `${outlet} · ${published} · ${paragraphs} · id ${id}`,
    figures: (change) => `Figures: ${change} in the archive.`,
    sourcesNew: (names) => `Sources new to the archive: ${names}.`,
    loadsLater: 'The bot loads it at its next start or /reload.',
    feedAdded: (title, id) => `Added: ${title} (${id})`,
    feedDuplicates: (count) => `Already in the archive under another link or with the same text: ${count}`,
    feedSummary: (added, feeds, count) => `${added} added from ${count} ${feeds === 1 ? 'feed' : 'feeds'}.`,
    problem: {
      notAUrl: (link) => `not a web address: ${link}`,
      scheme: (scheme) => `only http and https links are fetched, not ${scheme}`,
      credentials: 'links with a user name or password are not fetched',
      internalAddress: (host) => `${host} is an internal address`,
      resolvesInternal: (host, address) => `${host} resolves to ${address}, an internal address`,
      redirects: (max) => `more than ${max} redirects`,
      status: (status, text) => `the site answered ${status}${text ? ` ${text}` : ''}`,
      type: (type, wanted) =>
        `the link serves ${type ?? 'an unnamed type'}, not ${wanted === 'feed' ? 'a feed' : 'a web page'}`,
      tooLarge: (megabytes) => `the page is larger than ${megabytes} MB`,
      timeout: (seconds) => `the site did not answer within ${seconds} s`,
      cutOff: 'the connection closed before the page was complete',
      noName: 'the site’s name does not resolve',
      refused: 'the site refused the connection',
      certificate: (code) => `the site’s certificate is not valid (${code})`,
      fetchFailed: (detail) => `the page could not be fetched (${detail})`,
      noArticleText: 'the page has no article text (an index page, a teaser or a paywall?)',
      tooLittleText: (chars) =>
        `the page has only ${chars} characters of article text (an index page, a teaser or a paywall?)`,
      noReporting: 'no reporting left after removing site furniture',
      notAFeed: (detail) => `not a feed that can be read (${detail})`,
      notSaved: (detail) => `the article could not be saved (${detail})`,
    },
  },
  notices: {
    stillLoading: (percent) => `Factdesk is still loading the archive (${percent}). Please ask again in a moment.`,
    failure: 'Something went wrong while answering. Please try again.',
    engineFailure: 'Factdesk could not answer that just now (internal error). Please try again.',
    staleButton: 'These buttons no longer match this answer. Please ask again.',
    unknownCommand: (name) => `Unknown command /${name}.`,
    moderatorsOnly: 'Only moderators can use this command.',
    optionInvalid: (option, problem, max) =>
      `The ${option} ${problem === 'empty' ? 'needs some text' : problem === 'too-long' ? `is too long (at most ${max} characters)` : 'is not valid'}.`,
  },
};
