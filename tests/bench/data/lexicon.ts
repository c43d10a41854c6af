/**
 * The vocabulary of the generated news: per section, the institutions, subjects, issues,
 * people and actions a story in that section talks about. Sections give the corpus topical
 * clusters (a search for "vaccine" finds health stories, not sport), which is what makes
 * full-text search over it behave like search over a real archive.
 */
export interface SectionLexicon {
  name: string;
  institutions: readonly string[];
  /** Singular noun phrases a story is about. */
  topics: readonly string[];
  /** Plural noun phrases for what people worry about. */
  issues: readonly string[];
  roles: readonly string[];
  /** Verb phrases in the infinitive: "delay the vote". */
  actions: readonly string[];
  events: readonly string[];
  /** Plural nouns that follow a number: "1,200 voters". */
  units: readonly string[];
  /** Short nouns for headlines. */
  headlineNouns: readonly string[];
}

export const SECTIONS: readonly SectionLexicon[] = [
  {
    name: 'Politics',
    institutions: ['the electoral commission', 'the finance ministry', 'the opposition', 'the governing coalition', 'parliament', 'the senate', 'the constitutional court', 'the cabinet office', 'the interior ministry', 'the upper house'],
    topics: ['budget', 'coalition agreement', 'referendum', 'voting reform', 'spending review', 'election timetable', 'party leadership contest', 'constitutional amendment', 'lobbying register', 'cabinet reshuffle', 'procurement inquiry', 'boundary review'],
    issues: ['rising living costs', 'delays to the count', 'campaign finance rules', 'falling turnout', 'allegations of vote buying', 'regional inequalities', 'unfilled civil service posts', 'tensions within the coalition'],
    roles: ['senior minister', 'opposition leader', 'party whip', 'election observer', 'backbench legislator', 'constitutional lawyer', 'political scientist', 'campaign strategist', 'deputy speaker', 'pollster'],
    actions: ['delay the vote', 'publish the full accounts', 'call an early election', 'tighten donation limits', 'open a formal inquiry', 'block the amendment', 'reshuffle the cabinet', 'review the electoral roll', 'scrap the proposal', 'hold a confidence vote'],
    events: ['the by-election', 'the leaked memo', 'the televised debate', 'the party conference', 'the confidence vote', 'the budget statement', 'the recount', 'the parliamentary hearing'],
    units: ['voters', 'seats', 'ballots', 'legislators', 'signatures', 'polling stations', 'constituencies', 'party members'],
    headlineNouns: ['vote', 'budget', 'coalition', 'poll', 'reform', 'minister', 'ballot', 'election', 'inquiry', 'senate'],
  },
  {
    name: 'Business',
    institutions: ['the central bank', 'the competition regulator', 'the stock exchange', 'the largest employers group', 'the tax authority', 'the shipping line', 'the national carrier', 'the pension fund', 'the trade ministry', 'the retail federation'],
    topics: ['interest rate decision', 'merger', 'quarterly results', 'takeover bid', 'tariff regime', 'bond issue', 'pay settlement', 'factory closure', 'export licence', 'profit warning', 'restructuring plan', 'dividend cut'],
    issues: ['stubborn inflation', 'weak consumer demand', 'higher borrowing costs', 'supply chain disruption', 'falling house prices', 'energy costs', 'job losses', 'a shortage of skilled workers'],
    roles: ['chief executive', 'economist', 'fund manager', 'union negotiator', 'market analyst', 'finance director', 'trade envoy', 'retail consultant', 'central bank governor', 'shareholder activist'],
    actions: ['raise interest rates', 'cut its forecast', 'approve the takeover', 'lay off staff', 'freeze hiring', 'sell the division', 'renegotiate the contract', 'delist its shares', 'pay back the loan', 'expand production'],
    events: ['the earnings call', 'the annual shareholder meeting', 'the rate announcement', 'the strike ballot', 'the trade summit', 'the bond auction', 'the profit warning', 'the product recall'],
    units: ['jobs', 'shares', 'stores', 'containers', 'customers', 'employees', 'orders', 'barrels'],
    headlineNouns: ['shares', 'rates', 'merger', 'profits', 'jobs', 'inflation', 'bank', 'tariffs', 'exports', 'strike'],
  },
  {
    name: 'World',
    institutions: ['the foreign ministry', 'the United Nations', 'the peacekeeping mission', 'the border agency', 'the regional bloc', 'the embassy', 'the refugee agency', 'the ceasefire commission', 'the defence ministry', 'the aid consortium'],
    topics: ['ceasefire', 'peace talks', 'sanctions package', 'prisoner exchange', 'border agreement', 'aid corridor', 'state visit', 'extradition request', 'arms embargo', 'evacuation plan', 'trade pact', 'humanitarian appeal'],
    issues: ['food shortages', 'displaced families', 'border closures', 'attacks on aid convoys', 'a collapsing currency', 'disputed election results', 'power cuts', 'rising tensions along the frontier'],
    roles: ['foreign minister', 'ambassador', 'aid worker', 'regional analyst', 'military spokesperson', 'human rights investigator', 'mediator', 'refugee coordinator', 'diplomat', 'border official'],
    actions: ['extend the ceasefire', 'reopen the crossing', 'expel the diplomats', 'lift the sanctions', 'resume the talks', 'send more aid', 'recall its ambassador', 'withdraw the troops', 'sign the accord', 'evacuate the residents'],
    events: ['the summit', 'the overnight shelling', 'the hostage release', 'the emergency session', 'the disputed vote', 'the border clash', 'the state funeral', 'the donor conference'],
    units: ['refugees', 'soldiers', 'trucks of aid', 'civilians', 'prisoners', 'diplomats', 'families', 'observers'],
    headlineNouns: ['talks', 'ceasefire', 'sanctions', 'border', 'envoy', 'refugees', 'summit', 'treaty', 'protest', 'aid'],
  },
  {
    name: 'Climate',
    institutions: ['the environment agency', 'the national weather service', 'the water utility', 'the energy regulator', 'the coastal authority', 'the forestry commission', 'the climate council', 'the grid operator', 'the wildlife trust', 'the port authority'],
    topics: ['drought plan', 'emissions target', 'offshore wind farm', 'flood defence scheme', 'carbon tax', 'coal phase-out', 'heat action plan', 'reforestation project', 'solar subsidy', 'hosepipe ban', 'coastal retreat policy', 'methane pledge'],
    issues: ['record temperatures', 'falling reservoir levels', 'wildfire smoke', 'rising sea levels', 'crop failures', 'sewage discharges', 'melting glaciers', 'loss of biodiversity'],
    roles: ['climate scientist', 'hydrologist', 'meteorologist', 'conservation officer', 'farmer', 'energy analyst', 'glaciologist', 'campaigner', 'forester', 'coastal engineer'],
    actions: ['cut emissions faster', 'ration water', 'close the coal plant', 'raise the flood barriers', 'ban new drilling', 'plant more trees', 'expand the grid', 'restore the wetlands', 'issue a heat warning', 'relocate the village'],
    events: ['the heatwave', 'the flash floods', 'the climate summit', 'the storm surge', 'the wildfire season', 'the drought declaration', 'the glacier collapse', 'the hurricane'],
    units: ['tonnes of carbon', 'hectares', 'homes', 'megawatts', 'millimetres of rain', 'species', 'wind turbines', 'litres'],
    headlineNouns: ['drought', 'floods', 'heatwave', 'emissions', 'wildfire', 'storm', 'glacier', 'coal', 'wind', 'carbon'],
  },
  {
    name: 'Health',
    institutions: ['the health ministry', 'the hospital trust', 'the medicines regulator', 'the public health agency', 'the nurses union', 'the ambulance service', 'the university hospital', 'the vaccine committee', 'the mental health charity', 'the pharmacy association'],
    topics: ['vaccination campaign', 'clinical trial', 'waiting list target', 'drug approval', 'screening programme', 'hospital merger', 'staffing plan', 'outbreak response', 'cancer strategy', 'prescription charge', 'dementia study', 'maternity review'],
    issues: ['long waiting lists', 'staff shortages', 'antibiotic resistance', 'rising obesity rates', 'delayed diagnoses', 'overcrowded emergency rooms', 'medicine shortages', 'burnout among nurses'],
    roles: ['epidemiologist', 'consultant surgeon', 'nurse', 'health economist', 'general practitioner', 'pharmacist', 'patient advocate', 'virologist', 'paramedic', 'hospital director'],
    actions: ['extend the vaccination programme', 'approve the drug', 'close the ward', 'recruit more nurses', 'publish the trial data', 'cut waiting times', 'expand screening', 'reopen the clinic', 'review the guidelines', 'declare the outbreak over'],
    events: ['the outbreak', 'the winter surge', 'the trial results', 'the nurses strike', 'the inspection report', 'the drug recall', 'the pandemic inquiry', 'the measles cases'],
    units: ['patients', 'doses', 'beds', 'nurses', 'cases', 'hospital admissions', 'prescriptions', 'volunteers'],
    headlineNouns: ['vaccine', 'hospital', 'patients', 'outbreak', 'nurses', 'trial', 'cancer', 'clinic', 'virus', 'drug'],
  },
  {
    name: 'Science',
    institutions: ['the space agency', 'the national laboratory', 'the research council', 'the natural history museum', 'the observatory', 'the university', 'the genome institute', 'the polar survey', 'the particle physics centre', 'the marine institute'],
    topics: ['telescope', 'genome study', 'lunar mission', 'fossil discovery', 'particle experiment', 'deep sea survey', 'satellite launch', 'excavation', 'fusion experiment', 'brain imaging study', 'asteroid sample', 'gene therapy'],
    issues: ['funding cuts', 'contaminated samples', 'delays to the launch', 'disputed results', 'a shortage of lab space', 'data that could not be replicated', 'equipment failures', 'the loss of the probe'],
    roles: ['astronomer', 'geneticist', 'palaeontologist', 'physicist', 'marine biologist', 'archaeologist', 'neuroscientist', 'mission controller', 'chemist', 'research fellow'],
    actions: ['launch the probe', 'publish the findings', 'sequence the genome', 'extend the mission', 'reopen the dig', 'share the raw data', 'repeat the experiment', 'retire the telescope', 'name the new species', 'return the samples'],
    events: ['the launch', 'the eclipse', 'the peer review', 'the discovery', 'the landing', 'the excavation season', 'the conference', 'the meteor shower'],
    units: ['galaxies', 'fossils', 'samples', 'genes', 'particles', 'light years', 'researchers', 'specimens'],
    headlineNouns: ['probe', 'fossil', 'genome', 'telescope', 'moon', 'discovery', 'lab', 'species', 'asteroid', 'study'],
  },
  {
    name: 'Technology',
    institutions: ['the data protection authority', 'the chipmaker', 'the telecoms regulator', 'the social media platform', 'the cybersecurity agency', 'the search company', 'the broadband provider', 'the robotics startup', 'the app store', 'the cloud provider'],
    topics: ['encryption law', 'chip factory', 'broadband rollout', 'software update', 'artificial intelligence model', 'data breach', 'smartphone launch', 'privacy ruling', 'satellite internet service', 'antitrust case', 'battery plant', 'content moderation policy'],
    issues: ['ransomware attacks', 'online scams', 'outages', 'misleading deepfakes', 'chip shortages', 'data leaks', 'slow rural broadband', 'the cost of cloud computing'],
    roles: ['software engineer', 'security researcher', 'privacy lawyer', 'technology analyst', 'product manager', 'start-up founder', 'regulator', 'chief technology officer', 'hacker', 'data scientist'],
    actions: ['patch the flaw', 'delay the launch', 'fine the company', 'open-source the code', 'restore the service', 'encrypt the messages', 'ban the app', 'build the factory', 'recall the devices', 'retrain the model'],
    events: ['the outage', 'the breach', 'the product launch', 'the hearing', 'the cyberattack', 'the antitrust ruling', 'the developer conference', 'the software update'],
    units: ['users', 'devices', 'accounts', 'servers', 'downloads', 'engineers', 'chips', 'subscribers'],
    headlineNouns: ['app', 'chips', 'hackers', 'data', 'outage', 'robots', 'broadband', 'privacy', 'phones', 'algorithm'],
  },
  {
    name: 'Sport',
    institutions: ['the football federation', 'the league', 'the anti-doping agency', 'the Olympic committee', 'the cricket board', 'the athletics federation', 'the club', 'the players union', 'the tournament organisers', 'the referees association'],
    topics: ['transfer', 'title race', 'doping case', 'stadium plan', 'coaching change', 'relegation battle', 'world record', 'qualifying campaign', 'broadcast deal', 'injury', 'salary cap', 'youth academy'],
    issues: ['fixture congestion', 'ticket prices', 'crowd trouble', 'hamstring injuries', 'refereeing errors', 'falling attendances', 'rising transfer fees', 'player burnout'],
    roles: ['head coach', 'striker', 'goalkeeper', 'team captain', 'sports physician', 'club chair', 'sprinter', 'former international', 'match official', 'sports agent'],
    actions: ['sack the coach', 'appeal the ban', 'sign the striker', 'move the final', 'extend his contract', 'retire at the end of the season', 'expand the tournament', 'review the decision', 'rebuild the stadium', 'drop the captain'],
    events: ['the final', 'the derby', 'the penalty shootout', 'the semi-final', 'the marathon', 'the opening ceremony', 'the transfer deadline', 'the relay'],
    units: ['fans', 'goals', 'points', 'medals', 'runs', 'spectators', 'matches', 'athletes'],
    headlineNouns: ['final', 'striker', 'coach', 'title', 'record', 'derby', 'ban', 'medal', 'league', 'transfer'],
  },
  {
    name: 'Culture',
    institutions: ['the national theatre', 'the film festival', 'the arts council', 'the city museum', 'the philharmonic orchestra', 'the publishing house', 'the opera company', 'the heritage trust', 'the gallery', 'the literary prize committee'],
    topics: ['retrospective', 'premiere', 'festival line-up', 'restoration project', 'book launch', 'exhibition', 'funding round', 'season programme', 'documentary', 'literary prize', 'museum extension', 'concert tour'],
    issues: ['falling audiences', 'funding cuts', 'looted artefacts', 'rising ticket prices', 'censorship', 'the closure of venues', 'disputes over royalties', 'the loss of local cinemas'],
    roles: ['curator', 'novelist', 'film director', 'conductor', 'playwright', 'art critic', 'choreographer', 'poet', 'museum director', 'singer'],
    actions: ['return the artefacts', 'cancel the tour', 'extend the exhibition', 'reopen the theatre', 'announce the shortlist', 'restore the fresco', 'publish the memoir', 'stage the revival', 'digitise the archive', 'commission a new work'],
    events: ['the premiere', 'the awards ceremony', 'the opening night', 'the auction', 'the festival', 'the book fair', 'the retrospective', 'the farewell concert'],
    units: ['visitors', 'copies', 'paintings', 'tickets', 'musicians', 'manuscripts', 'films', 'artworks'],
    headlineNouns: ['festival', 'novel', 'museum', 'film', 'opera', 'gallery', 'prize', 'theatre', 'album', 'artist'],
  },
  {
    name: 'Local',
    institutions: ['the city council', 'the transport authority', 'the housing association', 'the police', 'the fire service', 'the school board', 'the library service', 'the water board', 'the planning committee', 'the residents association'],
    topics: ['bus timetable', 'housing scheme', 'bypass', 'library closure', 'tram extension', 'parking charge', 'school merger', 'market redevelopment', 'bridge repair', 'recycling contract', 'cycle lane', 'council tax rise'],
    issues: ['potholes', 'rising rents', 'antisocial behaviour', 'overflowing bins', 'traffic congestion', 'a lack of affordable homes', 'cuts to bus routes', 'flooded basements'],
    roles: ['councillor', 'head teacher', 'shop owner', 'police inspector', 'tenant', 'local historian', 'bus driver', 'fire chief', 'planning officer', 'community organiser'],
    actions: ['reopen the library', 'scrap the parking charges', 'build more homes', 'repair the bridge', 'extend the tram line', 'close the school', 'cut the bus routes', 'ban cars from the centre', 'raise council tax', 'restore the park'],
    events: ['the council meeting', 'the public consultation', 'the burst water main', 'the warehouse fire', 'the street festival', 'the local election', 'the road closure', 'the protest march'],
    units: ['residents', 'homes', 'pupils', 'parking spaces', 'bus routes', 'trees', 'complaints', 'households'],
    headlineNouns: ['council', 'homes', 'bus', 'library', 'school', 'bridge', 'rents', 'tram', 'police', 'park'],
  },
];

/** Words any story may use, whatever its section. */
export const REPORTING_VERBS = ['said', 'told reporters', 'warned', 'argued', 'insisted', 'added', 'acknowledged', 'noted', 'claimed', 'told the newspaper', 'wrote in a statement', 'said in an interview'];
export const SOFT_VERBS = ['expects', 'hopes', 'plans', 'refuses', 'has promised', 'is preparing', 'has been urged', 'is under pressure', 'has declined', 'has voted'];
export const ADJECTIVES = [
  'controversial', 'long-awaited', 'unexpected', 'temporary', 'sweeping', 'modest', 'ambitious', 'widely criticised',
  'provisional', 'landmark', 'cautious', 'costly', 'fragile', 'unprecedented', 'delayed', 'revised', 'scaled-back',
  'hard-won', 'disputed', 'limited',
];
export const TIME_PHRASES = [
  'on Monday', 'on Tuesday', 'on Wednesday', 'on Thursday', 'on Friday', 'over the weekend', 'last week',
  'earlier this month', 'late on Sunday', 'this year', 'in the spring', 'by the end of the year', 'next month',
  'within weeks', 'since January', 'after months of talks',
];
export const SOURCES = ['figures published', 'official data released', 'a report seen by this newspaper', 'documents obtained under freedom of information rules', 'a survey commissioned', 'an internal review', 'estimates compiled', 'records examined'];
/** Each is followed by a full clause. */
export const CONNECTIVES = ['However,', 'Meanwhile,', 'Still,', 'At the same time,', 'Separately,', 'Even so,', 'For now,', 'Critics say', 'Supporters argue', 'Officials privately concede'];
export const HOLDING_STATEMENTS = ['monitoring the situation closely', 'working with the relevant authorities', 'reviewing its options', 'committed to full transparency', 'not in a position to say more'];
export const HEADLINE_VERBS = ['faces', 'hit by', 'blamed for', 'warns of', 'braces for', 'divided over', 'questions'];
export const HEADLINE_STATES = ['in doubt', 'on hold', 'under fire', 'back on track', 'delayed again', 'approved'];
export const QUOTE_OPENERS = [
  'We are not going to', 'Nobody wants to', 'It would be a mistake to', 'We have asked them to', 'The only responsible thing is to',
  'People deserve to know why we had to', 'There is no plan to', 'We will do everything we can to', 'It is far too early to', 'We were told they would',
];
export const QUOTE_CLOSERS = [
  'without a proper debate', 'before the evidence is in', 'while families are struggling', 'and we will keep saying so',
  'because the numbers simply do not add up', 'until the review is finished', 'and that is what worries people most',
  'when so much is still uncertain', 'at any cost', 'in the next few weeks',
];
export const MONTHS = ['January', 'February', 'March', 'April', 'May', 'June', 'July', 'August', 'September', 'October', 'November', 'December'];
