"""Word lists for speaker mentions: titles, role nouns, nationalities, outlets, organisation heads.

Every list ``speakers`` and ``resolve`` consult lives here, lower-cased, so that extending the tool
to a new beat means adding words to one file. Keys are compared after stripping dots
("Capt." -> "capt", "U.S." -> "us").
"""

from __future__ import annotations

# fmt: off

# Honorifics and ranks written before a name: key -> (role it implies or None, gender or None).
TITLES: dict[str, tuple[str | None, str | None]] = {
    "secretary-general": ("secretary-general", None),
    "director-general": ("director-general", None), "attorney-general": ("attorney general", None),
    "inspector-general": ("inspector general", None), "surgeon-general": ("surgeon general", None),
    "governor-general": ("governor-general", None),
    "commander-in-chief": ("commander-in-chief", None),
    "lieutenant-general": ("lieutenant general", None), "major-general": ("major general", None),
    "prime": (None, None), "first": (None, None), "mr": (None, "m"), "mister": (None, "m"),
    "sir": (None, "m"), "lord": (None, "m"), "mrs": (None, "f"), "ms": (None, "f"),
    "miss": (None, "f"), "madam": (None, "f"), "madame": (None, "f"), "dame": (None, "f"),
    "lady": (None, "f"), "dr": ("doctor", None), "prof": ("professor", None),
    "professor": ("professor", None), "gen": ("general", None), "general": ("general", None),
    "lt": ("lieutenant", None), "lieut": ("lieutenant", None), "lieutenant": ("lieutenant", None),
    "col": ("colonel", None), "colonel": ("colonel", None), "maj": ("major", None),
    "major": ("major", None), "capt": ("captain", None), "cpt": ("captain", None),
    "captain": ("captain", None), "cmdr": ("commander", None), "cdr": ("commander", None),
    "commander": ("commander", None), "sgt": ("sergeant", None), "sergeant": ("sergeant", None),
    "cpl": ("corporal", None), "pvt": ("private", None), "adm": ("admiral", None),
    "admiral": ("admiral", None), "brig": ("brigadier", None), "brigadier": ("brigadier", None),
    "marshal": ("marshal", None), "field": (None, None), "president": ("president", None),
    "pres": ("president", None), "vice": (None, None), "deputy": (None, None),
    "acting": (None, None), "former": (None, None), "senator": ("senator", None),
    "sen": ("senator", None), "rep": ("representative", None),
    "representative": ("representative", None), "congressman": ("congressman", "m"),
    "congresswoman": ("congresswoman", "f"), "gov": ("governor", None),
    "governor": ("governor", None), "mayor": ("mayor", None), "minister": ("minister", None),
    "premier": ("premier", None), "chancellor": ("chancellor", None),
    "ambassador": ("ambassador", None), "amb": ("ambassador", None),
    "secretary": ("secretary", None), "sec": ("secretary", None), "judge": ("judge", None),
    "justice": ("justice", None), "king": ("king", "m"), "queen": ("queen", "f"),
    "prince": ("prince", "m"), "princess": ("princess", "f"), "emir": ("emir", "m"),
    "sheikh": ("sheikh", "m"), "sheik": ("sheikh", "m"), "shaikh": ("sheikh", "m"),
    "mullah": ("mullah", "m"), "mulla": ("mullah", "m"), "maulvi": ("maulvi", "m"),
    "maulana": ("maulana", "m"), "mawlawi": ("mawlawi", "m"), "mufti": ("mufti", "m"),
    "imam": ("imam", "m"), "ayatollah": ("ayatollah", "m"), "haji": (None, "m"),
    "hajji": (None, "m"), "qari": ("qari", "m"), "rev": ("reverend", None),
    "reverend": ("reverend", None), "father": ("priest", "m"), "pope": ("pope", "m"),
    "rabbi": ("rabbi", None), "hon": (None, None), "chairman": ("chairman", "m"),
    "chairwoman": ("chairwoman", "f"), "chief": ("chief", None), "supt": ("superintendent", None),
    "insp": ("inspector", None), "inspector": ("inspector", None), "officer": ("officer", None),
    "speaker": ("speaker", None), "commissioner": ("commissioner", None),
    # local government, courts and police, sport
    "councilman": ("councilman", "m"), "councilwoman": ("councilwoman", "f"),
    "councilmember": ("councilmember", None), "councillor": ("councillor", None),
    "councilor": ("councilor", None), "alderman": ("alderman", "m"),
    "alderwoman": ("alderwoman", "f"), "assemblyman": ("assemblyman", "m"),
    "assemblywoman": ("assemblywoman", "f"), "assemblymember": ("assemblymember", None),
    "supervisor": ("supervisor", None), "sheriff": ("sheriff", None),
    "detective": ("detective", None), "coach": ("coach", None),
}

# Suffixes that follow a name and are not its surname.
NAME_SUFFIXES = frozenset(
    {
        "jr", "sr", "ii", "iii", "iv", "phd", "md", "esq"
    }
)

# Lower-case particles that may sit inside a personal name.
NAME_PARTICLES = frozenset(
    {
        "al", "el", "bin", "ibn", "bint", "van", "von", "der", "den", "de", "da", "du", "la", "le",
        "di", "del", "dos", "ul", "ud", "e"
    }
)

# Head nouns of roles and occupations (singular). Plurals are derived in ``speakers``.
ROLE_HEADS = frozenset(
    {
        "spokesperson", "spokesman", "spokeswoman", "official", "governor", "minister",
        "president", "vice-president", "advisor", "adviser", "director", "analyst", "expert",
        "doctor", "physician", "nurse", "surgeon", "commander", "general", "representative",
        "ambassador", "envoy", "secretary", "chief", "head", "leader", "member", "lawmaker",
        "legislator", "senator", "congressman", "congresswoman", "mayor", "professor",
        "researcher", "scientist", "journalist", "reporter", "correspondent", "editor",
        "columnist", "diplomat", "officer", "source", "resident", "witness", "villager", "elder",
        "chairman", "chairwoman", "chair", "founder", "ceo", "executive", "manager", "strongman",
        "warlord", "militant", "fighter", "activist", "lawyer", "attorney", "prosecutor", "judge",
        "economist", "historian", "scholar", "student", "teacher", "observer", "critic", "insider",
        "aide", "negotiator", "mediator", "investigator", "inspector", "deputy", "colonel",
        "captain", "lieutenant", "sergeant", "major", "soldier", "policeman", "spokesmen",
        "cleric", "mullah", "imam", "king", "queen", "prince", "premier", "chancellor",
        "candidate", "counsel", "consultant", "specialist", "fellow", "partner", "agent",
        "coordinator", "administrator", "superintendent", "councillor", "councilor", "delegate",
        "emissary", "mp", "politician", "statesman", "businessman", "businesswoman", "farmer",
        "worker", "employee", "staffer", "survivor", "victim", "relative", "father", "mother",
        "brother", "sister", "son", "daughter", "wife", "husband", "neighbour", "neighbor",
        "owner", "trader", "shopkeeper", "driver", "pilot", "engineer", "author", "writer",
        "commentator", "pundit", "strategist", "planner", "operative", "veteran", "authority",
        "authorities", "person", "people", "man", "woman", "official's", "councilman",
        "councilwoman", "councilmember", "alderman", "alderwoman", "assemblyman", "assemblywoman",
        "assemblymember", "selectman", "supervisor", "trustee", "commissioner", "sheriff",
        "detective", "clerk", "treasurer", "auditor", "comptroller", "coach"
    }
)

# Roles that imply gender.
ROLE_GENDER: dict[str, str] = {
    "spokesman": "m", "spokeswoman": "f", "chairman": "m", "chairwoman": "f", "congressman": "m",
    "congresswoman": "f", "businessman": "m", "businesswoman": "f", "king": "m", "queen": "f",
    "prince": "m", "princess": "f", "father": "m", "mother": "f", "brother": "m", "sister": "f",
    "son": "m", "daughter": "f", "wife": "f", "husband": "m", "man": "m", "woman": "f",
    "policeman": "m", "policewoman": "f", "mullah": "m", "imam": "m", "councilman": "m",
    "councilwoman": "f", "alderman": "m", "alderwoman": "f", "assemblyman": "m",
    "assemblywoman": "f", "selectman": "m",
}

# Irregular plurals of role heads; regular ones ("officials") are derived.
ROLE_PLURALS: dict[str, str] = {
    "spokesmen": "spokesman", "spokeswomen": "spokeswoman", "people": "person", "men": "man",
    "women": "woman", "authorities": "authority", "policemen": "policeman",
    "businessmen": "businessman", "chairmen": "chairman", "congressmen": "congressman",
    "councilmen": "councilman", "councilwomen": "councilwoman", "aldermen": "alderman",
    "assemblymen": "assemblyman", "selectmen": "selectman",
}

# Words that modify a role without naming an affiliation ("senior official", "top adviser").
ROLE_MODIFIERS = frozenset(
    {
        "prime", "first", "second", "chief", "senior", "top", "junior", "deputy", "acting",
        "former", "ex", "vice", "assistant", "associate", "high-ranking", "high", "ranking",
        "local", "provincial", "district", "regional", "national", "federal", "state", "military",
        "security", "defense", "defence", "foreign", "police", "intelligence", "government",
        "party", "special", "independent", "retired", "western", "european", "international",
        "political", "religious", "tribal", "army", "navy", "press", "public", "health", "medical",
        "legal", "diplomatic", "anonymous", "unnamed", "key", "leading", "prominent",
        "influential", "veteran", "longtime", "outgoing", "incoming", "interim", "newly",
        "appointed", "elected", "current", "previous"
    }
)

# Determiners stripped from the front of a mention; indefinite ones mark an unnamed speaker.
DEFINITE = frozenset(
    {
        "the", "this", "that", "these", "those"
    }
)
# Possessive determiners: "his brother" is someone's relative, not a name and not a back-reference.
POSSESSIVES = frozenset(
    {
        "his", "her", "their", "its", "our", "my", "your"
    }
)
INDEFINITE = frozenset(
    {
        "a", "an", "one", "some", "several", "many", "two", "three", "four", "five", "few",
        "various", "numerous", "other", "another", "most"
    }
)

# Personal pronouns used as speakers: pronoun -> (gender, kind value).
PRONOUNS: dict[str, tuple[str | None, str]] = {
    "he": ("m", "person"), "she": ("f", "person"), "i": (None, "person"),
    "it": (None, "organization"), "they": (None, "group"), "we": (None, "group"),
    "you": (None, "person"),
}

# Nationality adjectives and country-name variants -> country.
COUNTRIES: dict[str, str] = {
    "us": "United States", "usa": "United States", "u.s.a": "United States",
    "american": "United States", "united states": "United States", "america": "United States",
    "uk": "United Kingdom", "british": "United Kingdom", "britain": "United Kingdom",
    "united kingdom": "United Kingdom", "english": "United Kingdom", "afghan": "Afghanistan",
    "afghanistan": "Afghanistan", "pakistani": "Pakistan", "pakistan": "Pakistan",
    "russian": "Russia", "russia": "Russia", "soviet": "Soviet Union", "chinese": "China",
    "china": "China", "indian": "India", "india": "India", "iranian": "Iran", "iran": "Iran",
    "iraqi": "Iraq", "iraq": "Iraq", "syrian": "Syria", "syria": "Syria", "turkish": "Turkey",
    "turkey": "Turkey", "israeli": "Israel", "israel": "Israel", "palestinian": "Palestine",
    "saudi": "Saudi Arabia", "saudi arabia": "Saudi Arabia", "egyptian": "Egypt", "egypt": "Egypt",
    "french": "France", "france": "France", "german": "Germany", "germany": "Germany",
    "italian": "Italy", "italy": "Italy", "spanish": "Spain", "spain": "Spain",
    "japanese": "Japan", "japan": "Japan", "korean": "South Korea", "south korean": "South Korea",
    "north korean": "North Korea", "ukrainian": "Ukraine", "ukraine": "Ukraine",
    "canadian": "Canada", "canada": "Canada", "australian": "Australia", "australia": "Australia",
    "mexican": "Mexico", "mexico": "Mexico", "brazilian": "Brazil", "brazil": "Brazil",
    "tajik": "Tajikistan", "tajikistan": "Tajikistan", "uzbek": "Uzbekistan",
    "uzbekistan": "Uzbekistan", "turkmen": "Turkmenistan", "turkmenistan": "Turkmenistan",
    "kazakh": "Kazakhstan", "kazakhstan": "Kazakhstan", "kyrgyz": "Kyrgyzstan",
    "kyrgyzstan": "Kyrgyzstan", "qatari": "Qatar", "qatar": "Qatar",
    "emirati": "United Arab Emirates", "uae": "United Arab Emirates", "lebanese": "Lebanon",
    "lebanon": "Lebanon", "jordanian": "Jordan", "jordan": "Jordan", "yemeni": "Yemen",
    "yemen": "Yemen", "libyan": "Libya", "libya": "Libya", "nigerian": "Nigeria",
    "nigeria": "Nigeria", "kenyan": "Kenya", "kenya": "Kenya", "ethiopian": "Ethiopia",
    "ethiopia": "Ethiopia", "somali": "Somalia", "somalia": "Somalia", "sudanese": "Sudan",
    "sudan": "Sudan", "south african": "South Africa", "belarusian": "Belarus",
    "belarus": "Belarus", "polish": "Poland", "poland": "Poland", "dutch": "Netherlands",
    "belgian": "Belgium", "swedish": "Sweden", "norwegian": "Norway", "danish": "Denmark",
    "finnish": "Finland", "greek": "Greece", "venezuelan": "Venezuela", "colombian": "Colombia",
    "argentine": "Argentina", "argentinian": "Argentina", "chilean": "Chile", "cuban": "Cuba",
    "bangladeshi": "Bangladesh", "bangladesh": "Bangladesh", "sri lankan": "Sri Lanka",
    "nepali": "Nepal", "nepalese": "Nepal", "indonesian": "Indonesia", "malaysian": "Malaysia",
    "filipino": "Philippines", "philippine": "Philippines", "thai": "Thailand",
    "vietnamese": "Vietnam", "irish": "Ireland", "scottish": "United Kingdom",
    "swiss": "Switzerland", "austrian": "Austria", "hungarian": "Hungary",
    "czech": "Czech Republic", "romanian": "Romania", "serbian": "Serbia", "georgian": "Georgia",
    "armenian": "Armenia", "azerbaijani": "Azerbaijan", "algerian": "Algeria",
    "moroccan": "Morocco", "tunisian": "Tunisia", "kuwaiti": "Kuwait", "bahraini": "Bahrain",
    "omani": "Oman", "european": "European Union", "eu": "European Union", "nato": "NATO",
    "un": "United Nations", "united nations": "United Nations",
}

# Capitals used by metonymy for their governments ("Moscow denied ...").
CAPITALS: dict[str, str] = {
    "washington": "United States", "moscow": "Russia", "kabul": "Afghanistan",
    "islamabad": "Pakistan", "beijing": "China", "new delhi": "India", "delhi": "India",
    "tehran": "Iran", "baghdad": "Iraq", "damascus": "Syria", "ankara": "Turkey",
    "london": "United Kingdom", "paris": "France", "berlin": "Germany", "tokyo": "Japan",
    "kyiv": "Ukraine", "kiev": "Ukraine", "riyadh": "Saudi Arabia", "doha": "Qatar",
    "cairo": "Egypt", "jerusalem": "Israel", "brussels": "European Union",
    "dushanbe": "Tajikistan", "tashkent": "Uzbekistan", "seoul": "South Korea",
    "pyongyang": "North Korea", "ottawa": "Canada", "canberra": "Australia", "rome": "Italy",
    "madrid": "Spain",
}

# News outlets: alias key -> canonical name. Keys are lower-case without dots or a leading "the".
MEDIA: dict[str, str] = {
    "reuters": "Reuters", "ap": "Associated Press", "associated press": "Associated Press",
    "afp": "AFP", "agence france-presse": "AFP", "agence france presse": "AFP", "bbc": "BBC",
    "cnn": "CNN", "al jazeera": "Al Jazeera", "aljazeera": "Al Jazeera", "voa": "VOA",
    "voice of america": "VOA", "nyt": "The New York Times", "new york times": "The New York Times",
    "wsj": "The Wall Street Journal", "wall street journal": "The Wall Street Journal",
    "washington post": "The Washington Post", "guardian": "The Guardian", "bloomberg": "Bloomberg",
    "xinhua": "Xinhua", "tass": "TASS", "ria novosti": "RIA Novosti", "interfax": "Interfax",
    "et": "The Economic Times", "economic times": "The Economic Times", "dawn": "Dawn",
    "fox news": "Fox News", "nbc": "NBC", "nbc news": "NBC", "cbs": "CBS", "cbs news": "CBS",
    "abc": "ABC", "abc news": "ABC", "npr": "NPR", "politico": "Politico", "axios": "Axios",
    "financial times": "Financial Times", "ft": "Financial Times", "telegraph": "The Telegraph",
    "times": "The Times", "le monde": "Le Monde", "der spiegel": "Der Spiegel",
    "spiegel": "Der Spiegel", "tolonews": "TOLOnews", "tolo news": "TOLOnews",
    "pajhwok": "Pajhwok", "ariana news": "Ariana News", "al arabiya": "Al Arabiya",
    "sputnik": "Sputnik", "rt": "RT", "ians": "IANS", "pti": "PTI", "ani": "ANI", "app": "APP",
    "dpa": "DPA", "efe": "EFE", "kyodo": "Kyodo", "yonhap": "Yonhap", "irna": "IRNA",
    "the hindu": "The Hindu", "hindustan times": "Hindustan Times",
    "times of india": "The Times of India", "the economist": "The Economist",
    "economist": "The Economist", "newsweek": "Newsweek", "time": "Time", "usa today": "USA Today",
    "the independent": "The Independent", "independent": "The Independent",
    "daily mail": "Daily Mail", "sky news": "Sky News", "euronews": "Euronews",
    "deutsche welle": "Deutsche Welle", "dw": "Deutsche Welle", "rfe/rl": "RFE/RL",
    "radio free europe": "RFE/RL", "the new yorker": "The New Yorker", "wired": "Wired",
    "the atlantic": "The Atlantic", "los angeles times": "Los Angeles Times",
    "la times": "Los Angeles Times",
}

# Words that end the name of a news outlet or mark a mention as the press.
MEDIA_HEADS = frozenset(
    {
        "media", "newspaper", "newspapers", "daily", "agency", "television", "tv", "broadcaster",
        "radio", "outlet", "outlets", "magazine", "journal", "times", "post", "news", "press",
        "report", "reports", "channel", "tribune", "herald", "gazette", "wire", "website",
        "newswire", "broadcast", "bulletin", "dispatch", "sentinel", "chronicle", "courier",
        "inquirer", "telegraph", "examiner"
    }
)

# Words that end the name of an organisation.
ORG_HEADS = frozenset(
    {
        "co", "international", "watch", "holdings", "partners", "capital", "airlines", "airways",
        "motors", "technologies", "labs", "laboratories", "pharmaceuticals", "enterprises",
        "trust", "reserve", "department", "ministry", "government", "office", "agency", "council",
        "army", "military", "police", "forces", "force", "party", "group", "movement", "committee",
        "commission", "embassy", "administration", "house", "pentagon", "kremlin", "organization",
        "organisation", "union", "court", "parliament", "congress", "senate", "bank", "company",
        "corp", "corporation", "inc", "ltd", "llc", "plc", "fund", "institute", "university",
        "foundation", "alliance", "coalition", "headquarters", "command", "militia", "front",
        "state", "navy", "taliban", "cabinet", "board", "authority", "service", "services",
        "directorate", "bureau", "center", "centre", "team", "club", "association", "federation",
        "league", "network", "regime", "mission", "secretariat", "assembly", "faction", "wing",
        "brigade", "battalion", "division", "corps", "unit", "guard", "establishment", "spokes",
        "jirga", "shura", "emirate", "caliphate", "leadership", "side", "camp", "consulate",
        "firm", "group's", "council's", "body", "panel", "tribunal", "watchdog", "charity", "ngo",
        "bloc", "junta", "opposition"
    }
)

# Single words that name an organisation without an organisation head.
ORG_NAMES = frozenset(
    {
        "al qaeda", "al qaida", "al-qaida", "amnesty", "unesco", "greenpeace", "oxfam", "taliban",
        "hamas", "hezbollah", "hizbollah", "pentagon", "kremlin", "nato", "isis", "isil", "is",
        "iskp", "isis-k", "daesh", "al-qaeda", "alqaeda", "interpol", "unicef", "unhcr", "who",
        "imf", "opec", "asean", "fbi", "cia", "nsa", "kgb", "fsb", "isi", "nds", "raw", "mossad",
        "un", "eu", "isaf", "houthis", "hamas's", "google", "microsoft", "apple", "amazon",
        "facebook", "meta"
    }
)

# Plural nouns that make a mention a collective speaker ("experts say").
GROUP_HEADS = frozenset(
    {
        "sides", "officials", "experts", "analysts", "sources", "residents", "witnesses",
        "leaders", "people", "critics", "observers", "diplomats", "authorities", "officers",
        "militants", "fighters", "lawmakers", "legislators", "scientists", "researchers",
        "doctors", "activists", "members", "spokesmen", "villagers", "elders", "insiders",
        "commanders", "investigators", "economists", "historians", "scholars", "students",
        "teachers", "locals", "police", "troops", "soldiers", "forces", "protesters", "protestors",
        "supporters", "opponents", "voters", "citizens", "aides", "advisers", "advisors",
        "negotiators", "politicians", "ministers", "governments", "countries", "nations", "groups",
        "parties", "agencies", "reports", "others", "many", "some", "both", "all", "relatives",
        "families", "survivors", "victims", "workers", "journalists", "reporters", "clerics",
        "mullahs", "representatives", "delegates", "envoys", "generals", "administrators",
        "commentators", "pundits", "strategists", "americans", "afghans", "russians", "pakistanis",
        "men", "women"
    }
)

# Words after "of" in a title that belong to the portfolio ("Minister of Information and Culture").
PORTFOLIO_WORDS = frozenset(
    {
        "information", "culture", "defense", "defence", "foreign", "affairs", "interior",
        "finance", "health", "education", "state", "justice", "commerce", "energy", "agriculture",
        "labor", "labour", "transport", "transportation", "trade", "industry", "industries",
        "economy", "security", "homeland", "home", "external", "women", "women's", "refugees",
        "repatriation", "higher", "public", "works", "rural", "development", "rehabilitation",
        "communications", "technology", "mines", "petroleum", "water", "power", "urban", "tourism",
        "environment", "youth", "sports", "hajj", "religious", "border", "borders", "tribal",
        "tribes", "planning", "housing", "veterans", "treasury", "intelligence", "national",
        "economic", "social", "welfare", "martyrs", "disabled", "counter-narcotics", "narcotics",
        "parliamentary", "staff", "army", "navy", "the", "and", "&", "of", "for", "on",
        "operations", "science", "research", "irrigation", "livestock", "telecommunications", "it",
        "civil", "aviation", "human", "rights", "legal", "policy", "strategy", "programs",
        "programmes", "relations", "international", "cooperation", "peace", "reconciliation",
        "invitation", "guidance", "propagation", "virtue", "prevention", "vice", "investment",
        "statistics"
    }
)

# Common first names with a clear gender, for matching "he"/"she" cheaply. Lower-case.
MALE_NAMES = frozenset(
    {
        "mohammad", "mohammed", "muhammad", "mohamed", "ahmad", "ahmed", "abdul", "ali", "hassan",
        "hussein", "hussain", "omar", "umar", "mahmoud", "khalid", "abdullah", "zamir", "vladimir",
        "sergei", "sergey", "dmitry", "ivan", "nikolai", "john", "james", "robert", "michael",
        "william", "david", "richard", "joseph", "thomas", "charles", "daniel", "matthew", "mark",
        "donald", "george", "paul", "steven", "stephen", "andrew", "joe", "bill", "barack",
        "peter", "hugh", "ashraf", "hamid", "zalmay", "ismail", "atta", "rashid", "zabihullah",
        "assadullah", "asadullah", "hanif", "amrullah", "gulbuddin", "imran", "nawaz", "shahbaz",
        "narendra", "xi", "recep", "emmanuel", "boris", "antony", "lloyd", "jake", "ned", "jens",
        "sirajuddin", "haibatullah", "noor", "suhail", "bilal", "tariq", "karim", "rahim", "yusuf",
        "yousuf", "ibrahim", "mustafa", "hamza", "salman", "faisal", "sami",
        # common in English- and Spanish-language news
        "scott", "kevin", "brian", "gary", "timothy", "jeffrey", "ryan", "jacob", "eric",
        "jonathan", "justin", "brandon", "benjamin", "samuel", "gregory", "frank", "raymond",
        "patrick", "jack", "dennis", "jerry", "tyler", "aaron", "adam", "henry", "nathan",
        "douglas", "zachary", "kyle", "walter", "harold", "jeremy", "ethan", "carl", "keith",
        "roger", "gerald", "sean", "arthur", "noah", "lawrence", "jesse", "bryan", "billy",
        "bruce", "albert", "gabriel", "alan", "wayne", "roy", "ralph", "randy", "eugene",
        "vincent", "russell", "louis", "bobby", "philip", "johnny", "harry", "jason", "larry",
        "mike", "tom", "tim", "jim", "jeff", "rick", "ben", "nick", "steve", "tony", "dan",
        "dave", "bob", "ron", "ted", "marco", "jeb", "bernie", "mitt", "newt", "rudy", "marcus",
        "andre", "dwayne", "dewayne", "jamal", "juan", "jose", "carlos", "luis", "jorge",
        "miguel", "pedro", "antonio", "francisco", "javier", "diego", "ricardo", "rafael",
        "fernando", "manuel", "alejandro", "pablo", "sergio", "eduardo", "roberto", "alberto",
        "hector", "mario", "victor", "oscar", "ramon", "raul", "enrique", "pierre", "jacques",
        "francois", "hans", "klaus", "giuseppe", "luca", "andrei", "alexei", "yuri", "mikhail",
        "viktor", "erik", "lars", "ole"
    }
)
FEMALE_NAMES = frozenset(
    {
        "elizabeth", "mary", "hillary", "maria", "anna", "olga", "natalia", "tatiana", "fatima",
        "aisha", "ayesha", "maryam", "zainab", "malalai", "malala", "fawzia", "sima", "shukria",
        "jennifer", "linda", "patricia", "susan", "sarah", "karen", "nancy", "lisa", "margaret",
        "angela", "theresa", "kamala", "nikki", "samantha", "victoria", "jen", "marie", "benazir",
        "hina", "sherry", "ursula", "liz", "emily", "emma", "jane", "julia", "laura", "rachel",
        "rebecca", "catherine", "katherine", "helen", "anne", "ann", "heather", "amina", "leila",
        "layla", "nadia", "farida", "roya", "huma", "sadia", "nargis", "zahra",
        # common in English- and Spanish-language news
        "jessica", "ashley", "amanda", "melissa", "michelle", "kimberly", "amy", "stephanie",
        "nicole", "christina", "deborah", "dorothy", "carol", "sharon", "donna", "ruth", "betty",
        "barbara", "sandra", "kathleen", "shirley", "cynthia", "pamela", "debra", "brenda",
        "diane", "dianne", "christine", "janet", "carolyn", "martha", "frances", "joyce",
        "virginia", "judith", "cheryl", "megan", "andrea", "hannah", "olivia", "sophia",
        "isabella", "abigail", "grace", "chloe", "lauren", "kayla", "brittany", "tiffany",
        "danielle", "kristen", "kirsten", "wendy", "lori", "denise", "janice", "jill", "joan",
        "judy", "kathy", "katie", "kate", "maggie", "molly", "peggy", "sally", "nora", "eleanor",
        "clara", "alice", "lucy", "sara", "hilary", "michele", "condoleezza", "kellyanne",
        "debbie", "ivanka", "melania", "chelsea", "sheryl", "carly", "marsha", "elaine",
        "betsy", "maxine", "loretta", "valerie", "brianne", "marla", "rosa", "carmen", "ana",
        "lucia", "sofia", "isabel", "elena", "gabriela", "valentina", "camila", "daniela",
        "mariana", "guadalupe", "alicia", "claudia", "veronica", "monica", "teresa", "beatriz",
        "francesca", "giulia", "brigitte", "monique", "ingrid", "greta", "svetlana", "irina",
        "yulia", "nina", "tina", "gina", "tanya"
    }
)
