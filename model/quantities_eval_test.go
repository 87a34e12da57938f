package model_test

import (
	"slices"
	"testing"

	"dossier/model"
)

// Real sentences from unseen articles (round 4): what is seized, and what
// is only mentioned near a seizing word — merchandise a market sells, a
// seizure promised in a quote, a boat of migrants intercepted — with the
// embedded word lists.
func TestSeizuresOfRealSentences(t *testing.T) {
	lex := mustLexicon(t)
	tests := []struct {
		name string
		body string
		want []string
	}{
		{"merchandise of a seized market",
			"The Justice Department announced today the seizure of Nightshade Market, one of the largest darknet marketplaces selling fentanyl, methamphetamine and stolen financial data, and the unsealing of an indictment charging three of its alleged administrators.",
			nil},
		{"a seizure promised",
			`"We will find the administrators, we will seize their servers and we will follow the money."`,
			nil},
		{"a seizure not made", "Officers did not find any drugs in the house.", nil},
		{"a seizure attempted", "Smugglers tried to recover 2 tonnes of cocaine from the sea.", nil},
		{"a boat of migrants intercepted",
			"Separately, Italian police arrested three suspected smugglers, two Tunisians and an Egyptian, after a fishing boat carrying 612 migrants was intercepted south of Calabria on Monday.",
			nil},
		{"frozen assets are held",
			"Investigators froze cryptocurrency worth €12 million and seized €1.6 million in cash, 23 luxury vehicles, real estate and electronic equipment.",
			[]string{"cryptocurrency|-|-|12000000 EUR", "cash|1600000|EUR|-", "luxury cars|23|-|-", "real estate|-|-|-", "electronic devices|-|-|-"}},
		{"passive frozen", "Bitcoin worth $3 million was frozen by prosecutors.",
			[]string{"cryptocurrency|-|-|3000000 USD"}},
		// Still seizures.
		{"what a possessor owns is new", "In coordination with the arrests, law enforcement seized the marketplace's servers in Finland and Germany and more than 1,200 bitcoin, worth approximately $96 million at current prices.",
			[]string{"servers|-|-|-", "cryptocurrency|1200|-|-"}},
		{"a definite item looks back", "Police seized 2 kg of heroin. The drugs were seized in Lyon.",
			[]string{"heroin|2|kg|-"}},
		{"a definite item named for the first time", "Agents stopped a car smuggling a gun and seized the drugs and the gun.",
			[]string{"drugs|-|-|-", "firearms|-|-|-"}},
		{"a definite item of the same sentence", "Police seized the cocaine, some 300 kg, and the gun was found later.",
			[]string{"cocaine|300|kg|-", "firearms|-|-|-"}},
		{"frozen as an adjective", "Police seized 1.8 tonnes of cocaine in a container of frozen chicken at the port of Santos.",
			[]string{"cocaine|1.8|t|-"}},
		{"the month May is no modal", "Police in May seized 40 firearms.",
			[]string{"firearms|40|-|-"}},
		{"a boat of drugs is seized", "The navy intercepted a boat carrying 2 tonnes of cocaine.",
			[]string{"boats|-|-|-", "cocaine|2|t|-"}},
		{"an item word that qualifies a noun", "Police seized 5 kilograms of heroin from a truck driver.",
			[]string{"heroin|5|kg|-"}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			st := model.Parse(model.Document{Body: tt.body}, lex)
			if err := st.Validate(); err != nil {
				t.Fatal(err)
			}
			if got := seizuresOf(st); !slices.Equal(got, tt.want) {
				t.Errorf("seizures\n got %q\nwant %q", got, tt.want)
			}
		})
	}
}

// Seizures the parser missed in the EFE, INTERPOL and NDLEA
// articles (seizure country from the sentence or none).
func TestSeizuresInWireAndAgencyReports(t *testing.T) {
	lex := mustLexicon(t)
	tests := []struct {
		body     string
		seizures []string
		counts   []string
	}{
		// A measure referring back to the drug the sentence named.
		{"MADRID, March 3 (EFE) - Spain's Guardia Civil has dismantled a drug trafficking network that smuggled hashish from Morocco on high-speed boats up the Guadalquivir river, arresting 27 people and seizing 3,400kg of the drug, the force said on Monday.",
			[]string{"hashish|3400|kg|Spain"}, []string{"arrests|27|Spain"}},
		{"Most of the hashish, some 2,100kg, was intercepted on the night of Feb. 2 when a boat was stopped near Isla Mayor as its crew unloaded bales onto a quad bike.",
			[]string{"hashish|2100|kg|Spain"}, nil},
		{"Agents carried out 31 searches in the provinces of Cádiz, Seville and Huelva last weekend, where they seized 14 narcolanchas, 42 outboard engines, 9,000 litres of petrol, six firearms and 230,000 euros in cash.",
			[]string{"speedboats|14|-|Spain", "outboard engines|42|-|Spain", "fuel|9000|l|Spain", "firearms|6|-|Spain", "cash|230000|EUR|Spain"},
			[]string{"searches|31|Spain"}},
		// Bullets: a reduced passive over a coordinated list; a freeze.
		{"• 76 firearms and 1.2 tonnes of cocaine seized", []string{"firearms|76|-|-", "cocaine|1.2|t|-"}, nil},
		{"• $2.3 million in cash and assets frozen", []string{"cash|2.3e+06|USD|-"}, nil},
		{"Investigators froze cryptocurrency worth €12 million and seized €1.6 million in cash.", []string{"cryptocurrency|-|-|-", "cash|1.6e+06|EUR|-"}, nil},
		{"The cocaine was hidden in frozen fish.", nil, nil},
		// The naira's letter sign, and the drug a package count measures.
		{"Operatives trailed a freight agent to a hotel in Oshodi, where 1.7 kilogrammes of heroin and N3.5 million in cash were recovered.",
			[]string{"heroin|1.7|kg|Nigeria", "cash|3.5e+06|NGN|Nigeria"}, nil},
		{"In Kano, a truck conveying 2.3 million tablets of tramadol and 1,200 bottles of codeine syrup concealed under bags of rice was intercepted on Wednesday night.",
			[]string{"tramadol|2.3e+06|-|Nigeria", "codeine|1200|-|Nigeria"}, nil},
		// Things seized that the lexicon does not know are no count:
		// a count is of a happening, a person or a resource.
		{"Officers seized 10,000 N95 masks.", nil, nil},
		// What a courier was caught smuggling was seized; a conviction
		// for smuggling reports no seizure.
		{"Operatives of the National Drug Law Enforcement Agency (NDLEA) have arrested a 42-year-old businessman at the Murtala Muhammed International Airport (MMIA), Ikeja, Lagos, for attempting to smuggle 4.6kg of cocaine concealed in tins of hair cream.",
			[]string{"cocaine|4.6|kg|Nigeria"}, nil},
		{"He was convicted of smuggling 4 tonnes of cocaine into Europe between 2018 and 2020.", nil, nil},
		{"Police arrested a man for smuggling cocaine.", nil, nil},
		// A calibre is not a quantity.
		{"Officers recovered a 9mm handgun and about 40 grams of marijuana from the apartment.", []string{"handguns|-|-|-", "cannabis|40|g|-"}, nil},
		{"Police seized a 12-gauge shotgun and a 9 mm pistol.", []string{"shotguns|-|-|-", "pistols|-|-|-"}, nil},
	}
	for _, tt := range tests {
		st := model.Parse(model.Document{Body: tt.body}, lex)
		if got := seizuresIn(st); !slices.Equal(got, tt.seizures) {
			t.Errorf("%q: seizures\n got %q\nwant %q", tt.body, got, tt.seizures)
		}
		if got := countsIn(st); !slices.Equal(got, tt.counts) {
			t.Errorf("%q: counts\n got %q\nwant %q", tt.body, got, tt.counts)
		}
	}
}

// What the numbers of the Memphis, NZ Customs and INTERPOL
// articles count.
func TestCountsInShootingAndSeizureReports(t *testing.T) {
	lex := mustLexicon(t)
	tests := []struct {
		body   string
		counts []string
	}{
		// Postposed "dead" and "wounded".
		{"A 19-year-old man has been charged with first-degree murder after a shooting outside a Midtown bar early Saturday left one man dead and two other people wounded, Memphis police said.",
			[]string{"killed|1|United States", "injured|2|United States"}},
		// A number word inside a capitalized name is no count.
		{"He was taken to Regional One Health in critical condition and died a short time later.", nil},
		// The verb of the first conjunct names the second.
		{"On Thursday night, Police arrested a 34-year-old man and two men aged 27 and 41 as they allegedly attempted to collect the container.",
			[]string{"arrests|3|-"}},
		{"Police arrested the driver and two escorts.", []string{"arrests|2|-"}},
		{"During an action day on 18 June, 29 suspects were arrested and 41 searches were carried out across the four countries.",
			[]string{"arrests|29|-", "searches|41|-"}},
		// Search warrants executed at premises are searches.
		{"Search warrants were executed at four addresses in Manukau and Hamilton early this morning.",
			[]string{"searches|4|New Zealand"}},
		{"The company has offices at four addresses in Manukau.", nil},
		// A later clause's own "in <country>" frame beats the opening one.
		{"In Spain, the Policía Nacional arrested 31 members of a network that forced Paraguayan and Colombian women into prostitution in Madrid and Bilbao, while in North Macedonia officers detained 12 people suspected of smuggling migrants from Afghanistan and Syria towards the EU.",
			[]string{"arrests|31|Spain", "arrests|12|North Macedonia"}},
	}
	for _, tt := range tests {
		st := model.Parse(model.Document{Body: tt.body}, lex)
		if got := countsIn(st); !slices.Equal(got, tt.counts) {
			t.Errorf("%q: counts\n got %q\nwant %q", tt.body, got, tt.counts)
		}
	}
}

// In a story where nothing was seized, cars, phones and cash are
// everyday things, not items; drugs and weapons stay.
func TestNoEverydayItemsWithoutSeizures(t *testing.T) {
	lex := mustLexicon(t)
	tests := []struct {
		body string
		want []string
	}{
		{"Corvex agreed to buy Lumen Photonics for $1.5bn in cash.\n\nThe company's consumer sales fell 12 per cent, hit by weak demand for PCs and smartphones.", nil},
		{"Powerful storms toppled trees onto cars, and police helicopters searched the flooded streets.", nil},
		{"The gunman fired a rifle at the crowd and fled in a car, police said.", []string{"rifles|"}},
		// With a seizure, every item named stays.
		{"Police seized a car and two phones.", []string{"cars|", "phones|"}},
	}
	for _, tt := range tests {
		st := model.Parse(model.Document{Body: tt.body}, lex)
		if got := entitiesOf(st, model.KindItem); !slices.Equal(got, tt.want) {
			t.Errorf("%q: items\n got %q\nwant %q", tt.body, got, tt.want)
		}
	}
}

// What the numbers of the BBC, PTI and ANSA articles count.
func TestCountsInCourtAndWireReports(t *testing.T) {
	lex := mustLexicon(t)
	tests := []struct {
		body   string
		counts []string
	}{
		// "jailed" is a sentence; a relative clause between the counted
		// subject and its verb is skipped.
		{"Five men who smuggled cocaine worth an estimated £48m into the UK hidden in lorry loads of cut flowers have been jailed for a total of 71 years.",
			[]string{"sentenced|5|-"}},
		{"The two men who were arrested on Monday have been charged with drug trafficking.", []string{"charged|2|-"}},
		{"Three men were jailed at Manchester Crown Court.", []string{"sentenced|3|United Kingdom"}},
		// Searches that are the subject, counted by the premises.
		{"Searches were conducted at six locations in Delhi, Mumbai and Amritsar, during which cash and documents related to the import were recovered, he added.",
			[]string{"searches|6|India"}},
		{"Police carried out 41 searches at 12 addresses.", []string{"searches|41|-"}},
		// An elided noun: "and one in Spain" counts like the count before.
		{"Two further suspects were arrested in Germany and one in Spain under European arrest warrants, with help from the German federal police (BKA) and the Spanish Guardia Civil.",
			[]string{"arrests|2|Germany", "arrests|1|Spain"}},
		{"Police arrested two men in Germany and one woman in Spain.", []string{"arrests|2|Germany", "arrests|1|Spain"}},
		// A noun counted after an unrealized verb is a prospect.
		{"Public Safety Minister David McGuinty said the government would add 1,000 new CBSA officers over the next five years, and that scanning equipment worth C$75 million would be installed at Montreal, Vancouver and Halifax by the end of 2026.",
			nil},
		{"The force hired 1,000 new officers last year.", []string{"officers|1000|-"}},
	}
	for _, tt := range tests {
		st := model.Parse(model.Document{Body: tt.body}, lex)
		if got := countsIn(st); !slices.Equal(got, tt.counts) {
			t.Errorf("%q: counts\n got %q\nwant %q", tt.body, got, tt.counts)
		}
	}
}

// Rupees written "Rs" with a space before lakh and crore
// amounts; "uncovered" finds; "found guilty" finds nothing; a drug's
// street name and form after it are the same seizure.
func TestRupeesFindsAndStreetNames(t *testing.T) {
	lex := mustLexicon(t)
	tests := []struct {
		body     string
		seizures []string
	}{
		{"Searches were conducted at six locations in Delhi, Mumbai and Amritsar, during which Rs 45 lakh in cash and documents related to the import were recovered, he added.",
			[]string{"cash|4.5e+06|INR|India"}},
		{"Police recovered Rs 2 crore in cash.", []string{"cash|2e+07|INR|-"}},
		{"Police recovered Rs 45,000 in cash.", []string{"cash|45000|INR|-"}},
		{"Police recovered Rs. 45 lakh in cash from the house.", []string{"cash|4.5e+06|INR|-"}},
		{"Officers searched No 12 and recovered cash.", []string{"cash|-|-|-"}},
		{"A search of the property uncovered £312,000 in cash stuffed into shoeboxes, as well as an encrypted phone and a Rolex watch.",
			[]string{"cash|312000|GBP|-", "encrypted phones|-|-|-"}},
		{"The ringleader, Darren Keeling, 52, from Bromley, south-east London, was jailed for 22 years on Thursday after being found guilty of conspiracy to import class A drugs and money laundering.",
			nil},
		{"He was found not guilty of importing cocaine.", nil},
		{"Officers found cocaine in the car.", []string{"cocaine|-|-|-"}},
		// One noun phrase, one seizure: a measured drug followed by its
		// street name and its form.
		{"In a separate operation on Thursday, Thai navy ships intercepted a trawler in the Andaman Sea off Ranong province and seized 3.2 million methamphetamine \"yaba\" pills and 400 kg of crystal meth, the Royal Thai Navy said.",
			[]string{"methamphetamine|3.2e+06|-|Thailand", "methamphetamine|400|kg|Thailand"}},
		{"Police seized cocaine, heroin and pills.", []string{"cocaine|-|-|-", "heroin|-|-|-", "pills|-|-|-"}},
		// Where a drug was produced is an origin, with its possessive place.
		{"The United Nations Office on Drugs and Crime (UNODC) said in its latest report that a record 236 tonnes of methamphetamine were seized in East and Southeast Asia in 2024, most of it produced in Myanmar's Shan State.",
			[]string{"methamphetamine|236|t|-"}},
		{"Police seized 3 tonnes of hashish produced in Morocco at the port of Algeciras.", []string{"hashish|3|t|Spain"}},
		{"Police seized 2 tonnes of cocaine in Colombia's Pacific port of Buenaventura.", []string{"cocaine|2|t|Colombia"}},
	}
	for _, tt := range tests {
		st := model.Parse(model.Document{Body: tt.body}, lex)
		if got := seizuresIn(st); !slices.Equal(got, tt.seizures) {
			t.Errorf("%q: seizures\n got %q\nwant %q", tt.body, got, tt.seizures)
		}
	}
}
