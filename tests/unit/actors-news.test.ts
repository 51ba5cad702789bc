/**
 * The kinds of error the key actors made on modern news (issue 12), each from sentences written
 * for this test: names that are no actors, wrong kinds, names cut or split, forms of one actor not
 * merged, and different actors merged. Every name here is invented or common knowledge.
 */
import { describe, expect, it } from 'vitest';
import { findActors } from '../../core/actors';
import { analyzeArticle, analyzeText } from '../../core/pipeline';
import { fromPlainText } from '../../core/text/source-text';
import { splitSentences } from '../../core/text/sentences';
import type { Actor, ExtractedArticle } from '../../core/types';

function actorsOf(text: string, title = ''): Actor[] {
  const source = fromPlainText(text);
  return findActors(source, splitSentences(source, 'en'), { title, lang: 'en' });
}

const names = (a: Actor): string[] => [a.name, ...a.aliases];
const find = (actors: readonly Actor[], name: string): Actor | undefined =>
  actors.find((a) => names(a).includes(name));
const allNames = (actors: readonly Actor[]): string[] => actors.flatMap(names);

describe('names that are no actors', () => {
  it('leaves out caption labels and picture credits', () => {
    const actors = actorsOf(
      'FILE PHOTO: Marta Quell speaks in Lisbon.\nImage: Harbourline Press\nPhotographer: Tomas Reyes / Coastwire\nMarta Quell, the mayor of Lisbon, said the port would reopen. Quell added that trade was growing.',
    );
    expect(find(actors, 'Marta Quell')).toMatchObject({ type: 'person' });
    for (const junk of [
      'FILE PHOTO',
      'FILE',
      'PHOTO',
      'Image',
      'Tomas Reyes',
      'Coastwire',
      'Harbourline Press',
    ])
      expect(find(actors, junk), junk).toBeUndefined();
  });

  it('drops menu and function words run into a company’s name', () => {
    const actors = actorsOf(
      'Call scheduled until Sun, Jul 31 About Halden Health Inc (NasdaqGS: HLDN) Halden Health, Inc. runs clinics.\nPodcasts Halden Health Inc’s profits rose, and Halden Health Inc said it would hire.',
    );
    expect(find(actors, 'Halden Health Inc')).toMatchObject({ type: 'organization' });
    expect(allNames(actors).join('|')).not.toMatch(/About|Podcasts/);
  });

  it('leaves out a party’s adjective standing alone', () => {
    const actors = actorsOf(
      'Democratic senators met in Ohio. The Democratic leader and Republican voters argued, and Democratic aides left. Senator Ann Rusk said Republican donors stayed.',
    );
    for (const junk of ['Democratic', 'Republican'])
      expect(find(actors, junk), junk).toBeUndefined();
  });

  it('leaves out holidays, diseases and economic indicators', () => {
    const actors = actorsOf(
      'Retailers in Ohio expect strong sales before Christmas and Thanksgiving. COVID-19 and Ebola cut travel, and GDP grew while CPI rose. The Ohio Retail Council said it expects GDP to slow after Christmas.',
    );
    for (const junk of ['Christmas', 'Thanksgiving', 'COVID', 'COVID-19', 'Ebola', 'GDP', 'CPI'])
      expect(find(actors, junk), junk).toBeUndefined();
    expect(find(actors, 'Ohio Retail Council')).toMatchObject({ type: 'organization' });
  });

  it('leaves out the site’s own name, its acronym and the agency of a sign-off', () => {
    const article: ExtractedArticle = {
      title: 'Harbour deal signed',
      byline: null,
      siteName: 'The Coastal Ledger',
      lang: 'en',
      publishedTime: null,
      readerable: true,
      paragraphs: [
        {
          kind: 'paragraph',
          text: 'PORTSMOUTH (AP) — The Coastal Ledger has learned that Dalgren Shipping will buy the harbour. Dalgren Shipping said it would pay in cash, TCL reported.',
        },
        {
          kind: 'paragraph',
          text: 'Dalgren Shipping shares rose. Read more at coastalledger.com.',
        },
      ],
    };
    const actors = analyzeArticle(article, { url: 'https://www.coastalledger.com/news/1' }).actors;
    expect(find(actors, 'Dalgren Shipping')).toMatchObject({ type: 'organization' });
    for (const junk of ['Coastal Ledger', 'The Coastal Ledger', 'TCL', 'AP', 'PORTSMOUTH'])
      expect(find(actors, junk), junk).toBeUndefined();
  });

  it('reads no mention inside the site’s name where the text writes it', () => {
    const article = (text: string): ExtractedArticle => ({
      title: 'Studio opens',
      byline: null,
      siteName: 'The Denver Reporter',
      lang: 'en',
      publishedTime: null,
      readerable: true,
      paragraphs: [{ kind: 'paragraph', text }],
    });
    const inName =
      'Mira Okafor, who runs the new studio, told The Denver Reporter that filming starts soon. Okafor hired forty people.';
    expect(find(analyzeArticle(article(inName)).actors, 'Denver')).toBeUndefined();
    // The city named on its own is a place of the story.
    const alone = `${inName} The studio stands in Denver, near the river.`;
    expect(find(analyzeArticle(article(alone)).actors, 'Denver')).toMatchObject({
      type: 'place',
      count: 1,
    });
  });

  it('leaves out a title’s adjective standing alone after a dateline', () => {
    const actors = actorsOf(
      'Diary of the week.\nLIMA-Central bank of Peru holds its rate meeting.\nQUITO-Central bank of Ecuador publishes its report.\nBOGOTA-Central bank of Colombia announces its decision. Governor Rosa Velasquez will speak.',
    );
    expect(find(actors, 'Central')).toBeUndefined();
    expect(find(actors, 'Rosa Velasquez')).toMatchObject({ type: 'person' });
  });

  it('leaves out an event named with its year', () => {
    const actors = actorsOf(
      'Harlow Digital will host Brightwave 2016, a one-day summit on retail marketing. The agenda for Brightwave 2016 lists ten talks. Brightwave brings buyers together, and registration for Brightwave 2016 is open. Harlow Digital said its speakers come from Denver.',
    );
    expect(find(actors, 'Brightwave')).toBeUndefined();
    expect(find(actors, 'Harlow Digital')).toMatchObject({ type: 'organization' });
  });

  it('leaves out a trade the text also writes in lower case', () => {
    const actors = actorsOf(
      'Pellam Systems sells Contract Marketing tools. Buyers of Contract Marketing want speed, and contract marketing grew last year. Contract Marketing is a crowded field. Pellam Systems said it would hire.',
    );
    expect(find(actors, 'Contract Marketing')).toBeUndefined();
    expect(find(actors, 'Pellam Systems')).toMatchObject({ type: 'organization' });
  });

  it('leaves out a law’s head word alone and a span of months', () => {
    const actors = actorsOf(
      'The Harbour Access Act passed in May. Under the Act, ports must publish fees, and the Act took effect at once. Sales in the April-June quarter rose, and April-June profit beat forecasts. Dalgren Shipping said it would comply.',
    );
    for (const junk of ['Act', 'April-June']) expect(find(actors, junk), junk).toBeUndefined();
    expect(find(actors, 'Dalgren Shipping')).toMatchObject({ type: 'organization' });
  });

  it('leaves out an abbreviated month after a place and a word capitalised only where sentences open', () => {
    const actors = actorsOf(
      'The growers will come to Lisbon, Portugal Oct. 17-19 for a tasting. Leverage can result in large losses. Leverage (the margin a trader posts) is risky, and the growers said so in Lisbon.',
    );
    expect(find(actors, 'Portugal')).toMatchObject({ type: 'place' });
    for (const junk of ['Portugal Oct.', 'Portugal Oct', 'Leverage'])
      expect(find(actors, junk), junk).toBeUndefined();
  });

  it('leaves out a Title Case headline inside a line and stock indices', () => {
    const actors = actorsOf(
      'Markets close in 2 hrs 39 mins Zelco Heads For Best Week Since December 2011 By (c) Harbour News 2015\nZelco shares rose 1%, the FTSE rose and the DAX fell, while the Hang Seng was flat. Brokers at Kellam Securities said Zelco would climb, and the Center For Fiscal Studies agreed. Zelco Heads For Best Week Since 2011 was the top story, and the FTSE closed higher.',
    );
    for (const junk of ['Zelco Heads For Best Week Since', 'FTSE', 'DAX', 'Hang Seng'])
      expect(find(actors, junk), junk).toBeUndefined();
    expect(find(actors, 'Zelco')).toMatchObject({ type: 'organization' });
    expect(find(actors, 'Kellam Securities')).toMatchObject({ type: 'organization' });
    expect(find(actors, 'Center For Fiscal Studies')).toMatchObject({ type: 'organization' });
  });

  it('leaves out a fragment opened by an adverb', () => {
    const actors = actorsOf(
      'Advisers rated Tallow Planner: 1) Extremely Useful, 2) Fairly Useful, 3) Not Useful. Most chose ‘Extremely Useful’ for Tallow Planner, and Tallow Planner said its users agreed.',
    );
    for (const junk of ['Extremely Useful', 'Fairly Useful'])
      expect(find(actors, junk), junk).toBeUndefined();
  });

  it('leaves out a dateline and bylines', () => {
    const actors = actorsOf(
      'By Inga Solberg\nSAN FRANCISCO (Reuters) - Kestrel Robotics raised $40 million on Tuesday. Kestrel Robotics said the money would fund its factory in Oakland.\nReporting by Inga Solberg; Editing by Paul Merrow',
    );
    expect(find(actors, 'Kestrel Robotics')).toMatchObject({ type: 'organization' });
    expect(find(actors, 'Oakland')).toMatchObject({ type: 'place' });
    for (const junk of ['SAN FRANCISCO', 'Reuters', 'Inga Solberg', 'Paul Merrow'])
      expect(find(actors, junk), junk).toBeUndefined();
  });

  it('does not make an all-caps word of a hostile title the first actor', () => {
    const actors = analyzeText(
      'PWNED. The council of Brackwater met on Monday. Mayor Ellen Voss said the council would vote again. Voss thanked residents of Brackwater.',
      { title: 'PWNED PWNED PWNED', lang: 'en' },
    ).actors;
    expect(find(actors, 'PWNED')).toBeUndefined();
    expect(['Ellen Voss', 'Brackwater']).toContain(actors[0]?.name);
  });

  it('leaves out fragments that start with a verb or end in a job word', () => {
    const actors = actorsOf(
      'Questioning Varga, senators pressed for answers. The committee heard Lena Varga for three hours. Varga said the Rights and Democracy Act was never discussed. The U.S. Ambassador to the European Union Gordon Mallory met Varga later. Mallory said nothing.',
    );
    const all = allNames(actors);
    for (const junk of [
      'Questioning Varga',
      'Rights',
      'Democracy Act',
      'U.S. Ambassador',
      'Union Gordon Mallory',
    ])
      expect(all, junk).not.toContain(junk);
    expect(find(actors, 'Gordon Mallory')).toMatchObject({ type: 'person' });
    expect(find(actors, 'European Union')).toMatchObject({ type: 'organization' });
  });

  it('leaves out acronyms the text defines by ordinary words or writes in the plural', () => {
    const actors = actorsOf(
      'Halvorsen Audit sells quality assurance review (QAR) reports. QAR reports are due in May, Halvorsen Audit said. Families open RESPs for children; a RESP grows tax-free, and each RESP has a subscriber. The Nordic Savings Authority (NSA) said the NSA would check them.',
    );
    for (const junk of ['QAR', 'RESP', 'RESPs']) expect(find(actors, junk), junk).toBeUndefined();
    expect(find(actors, 'NSA')).toMatchObject({ type: 'organization' });
    expect(find(actors, 'Halvorsen Audit')).toBeDefined();
  });

  it('leaves out what remains of a role such as "Minister for Women"', () => {
    const actors = actorsOf(
      'Parliament named a Deputy Prime Minister for Rural Affairs and a Prime Minister for Women. The Prime Minister for Women, Dana Colwell, said she would visit Leeds. Colwell said the post was new.',
    );
    for (const junk of ['for Women', 'for Rural Affairs', 'Rural Affairs', 'Women'])
      expect(find(actors, junk), junk).toBeUndefined();
    expect(find(actors, 'Dana Colwell')).toMatchObject({ type: 'person' });
  });

  it('cuts a title of office from the name after it', () => {
    const actors = actorsOf(
      'The Director of Public Prosecution Eva-Marie Lund announced charges. Lund said the case was strong.',
    );
    expect(find(actors, 'Eva-Marie Lund')).toMatchObject({ type: 'person' });
    expect(allNames(actors)).not.toContain('Public Prosecution Eva-Marie Lund');
  });
});

describe('kinds from the evidence in the text', () => {
  it('types companies named like people by what the text says of them', () => {
    const actors = actorsOf(
      'Shares of Harlan Brooks fell 4 percent after Harlan Brooks said it would close two plants. Harlan Brooks (NYSE: HBK) makes valves. Analysts at Harlan Brooks expect weaker sales.',
    );
    expect(find(actors, 'Harlan Brooks')).toMatchObject({ type: 'organization' });
  });

  it('types unfamiliar companies from "the company", "its shares" and a description', () => {
    const actors = actorsOf(
      'Veltrix, a Toronto-based provider of billing software, raised prices. Veltrix said its shares would be split. Investors in Veltrix cheered.',
    );
    expect(find(actors, 'Veltrix')).toMatchObject({ type: 'organization' });
  });

  it('types a firm named by plain words from "X-based X" and its reorganization', () => {
    const actors = actorsOf(
      'Regulators say Anchor Coal’s reorganization plan is weak. The plan would leave Anchor Coal with little cash. Kentucky-based Anchor Coal filed for bankruptcy in May.',
    );
    expect(find(actors, 'Anchor Coal')).toMatchObject({ type: 'organization' });
  });

  it('types places from "in X", "X-based", place words and descriptions', () => {
    const actors = actorsOf(
      'Hikers returned from Mount Orlan. Kestrel Quay flooded again, and HMP Dunvale was locked down. Saltmere is a small village near the coast, and residents of Saltmere were evacuated. A Saltmere-based charity helped.',
    );
    expect(find(actors, 'Mount Orlan')).toMatchObject({ type: 'place' });
    expect(find(actors, 'Kestrel Quay')).toMatchObject({ type: 'place' });
    expect(find(actors, 'Saltmere')).toMatchObject({ type: 'place' });
    expect(find(actors, 'HMP Dunvale')?.type).not.toBe('person');
  });

  it('does not make a firm named after two people a person when it is never called by a surname', () => {
    const actors = actorsOf(
      'Gordon Harper expanded its wealth business in Asia. Gordon Harper is cutting accounts, and Gordon Harper said its clients in Chile would move. Rivals of Gordon Harper did the same.',
    );
    expect(find(actors, 'Gordon Harper')?.type).not.toBe('person');
  });

  it('keeps a name the text capitalises though one contact line writes it in lower case', () => {
    const actors = actorsOf(
      'Veltrix bought Roler. Analysts said Veltrix paid too much, but Veltrix said its clients would gain. Roler and Veltrix will merge teams, and Veltrix expects growth.\nMedia contact: press (at) veltrix (dot) com',
    );
    expect(find(actors, 'Veltrix')).toMatchObject({ type: 'organization' });
  });

  it('types a firm from the article before its name and from what it owns past a product’s name', () => {
    const actors = actorsOf(
      'The Brindle Ledger recommends Veltrix. We think the Brindle Ledger is right, and the Brindle Ledger has a disclosure policy.\nAdvisers who use Quorra Crane’s Helix Open Ledger platform praised it. Quorra Crane’s Institutional services grew, and Quorra Crane thanked them.',
    );
    expect(find(actors, 'Brindle Ledger')).toMatchObject({ type: 'organization' });
    expect(find(actors, 'Quorra Crane')).toMatchObject({ type: 'organization' });
  });

  it('does not read "in the X" as a firm’s article', () => {
    const actors = actorsOf(
      'Mines in the Wirralong reopened. Jobs in the Wirralong fell, rents across the Wirralong rose, and towns in the Wirralong emptied.',
    );
    expect(find(actors, 'Wirralong')?.type).not.toBe('organization');
  });

  it('does not read "the" before a listed place as a firm’s article', () => {
    const actors = actorsOf(
      'Trade with the Netherlands grew. Ships from the Netherlands docked, and the Netherlands said exports rose. Farmers in the Netherlands agreed. Banks in the Netherlands lent more, visitors to the Netherlands came back, and the Netherlands plans a new port to serve the Netherlands and its neighbours.',
    );
    expect(find(actors, 'Netherlands')).toMatchObject({ type: 'place' });
  });

  it('reads the state of a lawmaker’s party label as a place', () => {
    const actors = actorsOf(
      'Rep. Maxine Walters (D-Calif.) said the bill failed. Rep. Ann Rusk (R-Texas) agreed. Walters said she would try again, and Senator Bo Lang (D-Calif.) joined her.',
    );
    expect(find(actors, 'Calif')).toMatchObject({ type: 'place' });
    expect(find(actors, 'Texas')).toMatchObject({ type: 'place' });
    expect(find(actors, 'Maxine Walters')).toMatchObject({ type: 'person' });
  });

  it('keeps a person called like a city a person', () => {
    const actors = actorsOf(
      'The singer Paris Calloway arrived late. Calloway said she was tired, and Paris Calloway left early.',
    );
    expect(find(actors, 'Paris Calloway')).toMatchObject({ type: 'person' });
    expect(find(actors, 'Paris')).toBeUndefined();
  });

  it('shows a name the text does not settle among the other names, not as a person', () => {
    const actors = actorsOf(
      'Zorvath was mentioned twice in the report. Nobody explained what Zorvath meant.',
    );
    expect(find(actors, 'Zorvath')?.type).toBe('other');
  });

  it('gives one kind to every mention of one actor', () => {
    const actors = actorsOf(
      'Brannock Mills cut 200 jobs. Brannock Mills said it would move production. Brannock Mills shares fell.',
    );
    const mills = find(actors, 'Brannock Mills');
    expect(mills).toMatchObject({ type: 'organization', count: 3 });
  });
});

describe('names cut or split', () => {
  it('keeps a name with particles whole and joins its parts', () => {
    const actors = actorsOf(
      'Ursula von der Leyen spoke in Brussels. Von der Leyen said the plan was ready, and Ursula smiled.',
    );
    const ursula = find(actors, 'Ursula von der Leyen');
    expect(ursula).toMatchObject({ type: 'person' });
    expect(names(ursula as Actor)).toEqual(expect.arrayContaining(['Ursula']));
  });

  it('keeps "and" inside an agency’s name and "of" inside a university’s', () => {
    const actors = actorsOf(
      'The Food and Drug Administration approved the drug. The University of Southern Indiana and the American University of Kabul signed an agreement.',
    );
    expect(allNames(actors)).toEqual(
      expect.arrayContaining(['University of Southern Indiana', 'American University of Kabul']),
    );
    expect(allNames(actors).some((n) => n.endsWith('Food and Drug Administration'))).toBe(true);
    for (const part of ['Drug Administration', 'University', 'University of Kabul'])
      expect(allNames(actors), part).not.toContain(part);
  });

  it('cuts the headline words that follow a byline name', () => {
    const actors = actorsOf(
      'Every household is better off than estimates suggested By Martin Eckhart Comments Economic statisticians were pleased. Martin Eckhart is a former adviser to the bank.',
    );
    expect(find(actors, 'Martin Eckhart')).toMatchObject({ type: 'person' });
    expect(allNames(actors).join('|')).not.toMatch(/Comments|Economic/);
  });

  it('keeps a firm whose name opens with a word for a person whole', () => {
    const actors = actorsOf(
      'Regulators say Pioneer Steel’s restructuring plan is weak. The plan would leave Pioneer Steel with little cash, and Pioneer Steel said it would appeal.',
    );
    expect(find(actors, 'Pioneer Steel')).toMatchObject({ type: 'organization' });
    expect(find(actors, 'Steel')).toBeUndefined();
  });

  it('keeps the ordinary first word of a company that opens a sentence before its legal form', () => {
    const actors = actorsOf(
      'Anchor Timber Inc., the sawmill owner fighting its lenders, plans to pay interest.\nAbout Anchor Timber Inc\nThe lenders said Anchor Timber Inc. owed them more.',
    );
    expect(find(actors, 'Anchor Timber Inc.')).toMatchObject({ type: 'organization' });
    for (const junk of ['Timber Inc.', 'About Anchor Timber Inc'])
      expect(find(actors, junk), junk).toBeUndefined();
  });

  it('keeps a legal form after a comma and a firm named for its partners whole', () => {
    const actors = actorsOf(
      'Orland Medical, Inc. runs nine clinics in Utah. Orland Medical, Inc. was founded in 2001, and analysts said Orland Medical would grow. Denver-based Pyle, Marsh & Oduya, LLP, has joined the network. Tom Marsh, a partner at Pyle, Marsh & Oduya, said the deal closed. Prices rose in Ohio, Texas & Utah.',
    );
    expect(find(actors, 'Orland Medical, Inc.')).toMatchObject({ type: 'organization' });
    expect(find(actors, 'Orland Medical, Inc.')?.aliases).toContain('Orland Medical');
    expect(find(actors, 'Pyle, Marsh & Oduya')).toMatchObject({ type: 'organization' });
    expect(find(actors, 'Pyle, Marsh & Oduya, LLP')).toMatchObject({ type: 'organization' });
    for (const junk of ['Pyle', 'Marsh & Oduya', 'Marsh & Oduya, LLP', 'Ohio, Texas & Utah'])
      expect(find(actors, junk), junk).toBeUndefined();
  });

  it('keeps "and" between plain words and a nationality opening an institution’s name', () => {
    const actors = actorsOf(
      'A broad group, including the Norwegian Chamber of Commerce and Industry, backed the plan. Later the Norwegian Chamber of Commerce and Industry said it would campaign. Norwegian minister Ola Berg agreed.',
    );
    expect(find(actors, 'Norwegian Chamber of Commerce and Industry')).toMatchObject({
      type: 'organization',
    });
    for (const junk of ['Industry', 'Chamber of Commerce', 'Norwegian', 'Norwegian Ola Berg'])
      expect(find(actors, junk), junk).toBeUndefined();
    expect(find(actors, 'Ola Berg')).toMatchObject({ type: 'person' });
  });

  it('keeps a number before a firm’s suffix in its name, not a price or a date', () => {
    const actors = actorsOf(
      'DENVER, Sept. 10 - 214 Capital, a boutique asset manager, closed a fund. The team at 214 Capital said it would reopen in May. Oct 26 Media buyers paid $500 Capital Gains taxes.',
    );
    expect(find(actors, '214 Capital')).toMatchObject({ type: 'organization' });
    for (const junk of ['26 Media', '500 Capital', '500 Capital Gains'])
      expect(find(actors, junk), junk).toBeUndefined();
  });

  it('cuts a job title out of an office’s name', () => {
    const actors = actorsOf(
      'The Office Manager Kessel Harbour Tax Office wrote to traders. Kessel Harbour Tax Office said the Office Manager Kessel Harbour Tax Office would visit.',
    );
    expect(find(actors, 'Kessel Harbour Tax Office')).toMatchObject({ type: 'organization' });
    expect(allNames(actors).join('|')).not.toMatch(/Manager/);
  });

  it('finds the organisation before a job title', () => {
    const actors = actorsOf(
      'European Commission President Hanna Ostrova met farmers. Ostrova promised help.',
    );
    expect(find(actors, 'European Commission')).toMatchObject({ type: 'organization' });
    expect(find(actors, 'Hanna Ostrova')).toMatchObject({ type: 'person' });
  });
});

describe('forms of one actor merged', () => {
  it('merges surname, full name and a described form of one person', () => {
    const actors = actorsOf(
      'Julian Rask appeared in court on Monday. The Australian-born Rask denied the charges. Rask will return on Friday.',
    );
    const rask = find(actors, 'Julian Rask');
    expect(rask).toMatchObject({ type: 'person', count: 3 });
    expect(actors.filter((a) => names(a).includes('Rask'))).toHaveLength(1);
  });

  it('merges an acronym with the long form the text defines, and its shorter acronym', () => {
    const actors = actorsOf(
      'The California Public Utilities Commission (CPUC) fined the utility. The CPUC said the PUC would review the case.',
    );
    const cpuc = find(actors, 'California Public Utilities Commission');
    expect(cpuc).toMatchObject({ type: 'organization' });
    expect(names(cpuc as Actor)).toEqual(expect.arrayContaining(['CPUC', 'PUC']));
  });

  it('merges a firm named after a person with its full name, and keeps two firms apart across "and"', () => {
    const actors = actorsOf(
      'Two interns sued Grant Lowell Pictures in 2011. They worked on a Grant Lowell film, and Grant Lowell fought the case. The defendants, Grant Lowell and Grant Media Group, appealed, and the judge said Lowell had gained from the work.',
    );
    const firm = find(actors, 'Grant Lowell Pictures');
    expect(firm).toMatchObject({ type: 'organization' });
    expect(names(firm as Actor)).toContain('Grant Lowell');
    expect(find(actors, 'Grant Lowell and Grant Media Group')).toBeUndefined();
  });

  it('merges a place with its longer formal name', () => {
    const actors = actorsOf(
      'Floods hit the Inner Mongolia Autonomous Region this week. Farmers in Inner Mongolia lost their crops.',
    );
    const region = find(actors, 'Inner Mongolia Autonomous Region');
    expect(region).toMatchObject({ type: 'place' });
    expect(names(region as Actor)).toContain('Inner Mongolia');
  });

  it('does not count every mention of a company for its channel', () => {
    const actors = actorsOf(
      'Disney reported profits. Disney said parks did well. The Disney Channel lost viewers.',
    );
    const channel = find(actors, 'Disney Channel');
    expect(find(actors, 'Disney')).not.toBe(channel);
    expect(channel?.count ?? 1).toBe(1);
  });
});

describe('different actors kept apart', () => {
  it('keeps a town apart from the organisations named after it', () => {
    const actors = actorsOf(
      'The Dunmore Residents Association met in Dunmore on Tuesday. Fenwick District Council said roads in Fenwick would close. Dunmore has 9,000 residents.',
    );
    const dunmore = find(actors, 'Dunmore');
    expect(dunmore).toMatchObject({ type: 'place' });
    expect(names(dunmore as Actor)).not.toContain('Dunmore Residents Association');
    expect(names(find(actors, 'Fenwick') as Actor)).not.toContain('Fenwick District Council');
  });

  it('keeps an ordinary word apart from the organisation that starts with it', () => {
    const actors = actorsOf(
      'The Port Workers Federation called a strike. Port traffic stopped, and the Port Workers Federation said talks had failed.',
    );
    expect(find(actors, 'Port Workers Federation')).toMatchObject({ count: 2 });
    expect(find(actors, 'Port')).toBeUndefined();
  });
});
