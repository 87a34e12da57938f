package data

import (
	"slices"
	"strings"
	"testing"

	"dossier/model"
)

func loadLexicon(t *testing.T) *model.Lexicon {
	t.Helper()
	lex, err := Lexicon()
	if err != nil {
		t.Fatalf("Lexicon: %v", err)
	}
	return lex
}

// countryOf maps every country name, alias and demonym to its country.
func countryOf(lex *model.Lexicon) map[string]string {
	m := map[string]string{}
	for _, c := range lex.Countries {
		for _, s := range append(append([]string{c.Name}, c.Aliases...), c.Demonyms...) {
			m[s] = c.Name
		}
	}
	return m
}

func placeOf(lex *model.Lexicon) map[string]model.PlaceEntry {
	m := map[string]model.PlaceEntry{}
	for _, p := range lex.Places {
		for _, s := range append([]string{p.Name}, p.Aliases...) {
			m[s] = p
		}
	}
	return m
}

func TestLexiconSizes(t *testing.T) {
	lex := loadLexicon(t)
	sizes := []struct {
		list     string
		got, min int
	}{
		{"countries", len(lex.Countries), 198}, // 193 UN members + 2 observers + Kosovo, Taiwan, Western Sahara
		{"places", len(lex.Places), 300},
		{"agencies", len(lex.Agencies), 60},
		{"roles", len(lex.Roles), 10},
		{"networks", len(lex.Networks), 20},
		{"items", len(lex.Items), 40},
		{"units", len(lex.Units), 10},
		{"numbers", len(lex.Numbers), 30},
		{"triggers", len(lex.Triggers), 50},
		{"state cues", len(lex.StateCues), 5},
		{"item heads", len(lex.ItemHeads), 20},
		{"abbreviations", len(lex.Abbreviations), 30},
	}
	for _, s := range sizes {
		if s.got < s.min {
			t.Errorf("%s: %d entries, want at least %d", s.list, s.got, s.min)
		}
	}
}

func TestLexiconCountries(t *testing.T) {
	countries := countryOf(loadLexicon(t))
	for text, want := range map[string]string{
		"Belgian": "Belgium", "Belgians": "Belgium", "Dutch": "Netherlands", "the Netherlands": "Netherlands",
		"Holland": "Netherlands", "United States": "United States", "U.S.": "United States", "US": "United States",
		"USA": "United States", "America": "United States", "American": "United States",
		"United Kingdom": "United Kingdom", "U.K.": "United Kingdom", "UK": "United Kingdom", "Britain": "United Kingdom",
		"Great Britain": "United Kingdom", "British": "United Kingdom", "Colombian": "Colombia", "French": "France",
		"Ivorian": "Ivory Coast", "Côte d'Ivoire": "Ivory Coast", "German": "Germany", "Spanish": "Spain",
		"Spaniards": "Spain", "Italian": "Italy", "Moroccan": "Morocco", "Albanian": "Albania", "Turkish": "Turkey",
		"Türkiye": "Turkey", "Czechia": "Czech Republic", "Burma": "Myanmar", "Swaziland": "Eswatini",
		"Kosovo": "Kosovo", "Taiwan": "Taiwan", "Palestinian": "Palestine", "Emirati": "United Arab Emirates",
		"UAE": "United Arab Emirates", "Filipino": "Philippines", "DRC": "Democratic Republic of the Congo",
		"Congo-Brazzaville": "Republic of the Congo", "Curaçao": "Curaçao", "Hong Kong": "Hong Kong",
		"Ecuadorian": "Ecuador", "Ecuadoran": "Ecuador", "Peruvian": "Peru", "Mexican": "Mexico", "Brazilian": "Brazil", "Nigerian": "Nigeria",
		"Nigerien": "Niger", "Serbian": "Serbia", "Montenegrin": "Montenegro", "Irish": "Ireland", "Swiss": "Switzerland",
	} {
		if got := countries[text]; got != want {
			t.Errorf("%q -> %q, want %q", text, got, want)
		}
	}
	codes := map[string]string{}
	for _, c := range loadLexicon(t).Countries {
		codes[c.Name] = c.Code
	}
	for name, code := range map[string]string{"Belgium": "BE", "Netherlands": "NL", "United Kingdom": "GB", "Kosovo": "XK", "United States": "US"} {
		if codes[name] != code {
			t.Errorf("%s code %q, want %q", name, codes[name], code)
		}
	}
}

func TestLexiconPlaces(t *testing.T) {
	places := placeOf(loadLexicon(t))
	tests := []struct{ text, name, country, typ string }{
		{"Antwerp", "Antwerp", "Belgium", "port"},
		{"Rotterdam", "Rotterdam", "Netherlands", "port"},
		{"The Hague", "The Hague", "Netherlands", "city"},
		{"Brussels", "Brussels", "Belgium", "city"},
		{"Liege", "Liège", "Belgium", "city"},
		{"Zeebrugge", "Zeebrugge", "Belgium", "port"},
		{"Vlissingen", "Vlissingen", "Netherlands", "port"},
		{"South America", "South America", "", "continent"},
		{"Western Europe", "Western Europe", "", "region"},
		{"Latin America", "Latin America", "", "region"},
		{"Balkans", "the Balkans", "", "region"},
		{"Medellin", "Medellín", "Colombia", "city"},
		{"Sao Paulo", "São Paulo", "Brazil", "city"},
		{"Sinaloa", "Sinaloa", "Mexico", "region"},
		{"Culiacan", "Culiacán", "Mexico", "city"},
		{"Flanders", "Flanders", "Belgium", "region"},
		{"Sicily", "Sicily", "Italy", "region"},
		{"California", "California", "United States", "region"},
		{"Guayaquil", "Guayaquil", "Ecuador", "port"},
		{"Algeciras", "Algeciras", "Spain", "port"},
		{"Jebel Ali", "Jebel Ali", "United Arab Emirates", "port"},
		{"Dubai", "Dubai", "United Arab Emirates", "city"},
		{"Port of Singapore", "Port of Singapore", "Singapore", "port"},
		{"Marseilles", "Marseille", "France", "city"},
		{"Tanger Med", "Tanger Med", "Morocco", "port"},
		{"Hamburg", "Hamburg", "Germany", "port"},
		{"Heathrow", "Heathrow Airport", "United Kingdom", "port"},
		{"Schiphol", "Schiphol Airport", "Netherlands", "port"},
		{"JFK", "John F. Kennedy International Airport", "United States", "port"},
		{"Barajas", "Madrid-Barajas Airport", "Spain", "port"},
		{"Essex", "Essex", "United Kingdom", "region"},
		{"West Midlands", "West Midlands", "United Kingdom", "region"},
		{"Merseyside", "Merseyside", "United Kingdom", "region"},
		{"Chelmsford", "Chelmsford", "United Kingdom", "city"},
		{"Midwest", "Midwest", "United States", "region"},
		{"Milwaukee", "Milwaukee", "United States", "city"},
		{"Irapuato", "Irapuato", "Mexico", "city"},
		{"Parramatta", "Parramatta", "Australia", "city"},
	}
	for _, tt := range tests {
		p, ok := places[tt.text]
		if !ok {
			t.Errorf("%q is not a place", tt.text)
			continue
		}
		if p.Name != tt.name || p.Country != tt.country || p.Type != tt.typ {
			t.Errorf("%q -> %s/%q/%s, want %s/%q/%s", tt.text, p.Name, p.Country, p.Type, tt.name, tt.country, tt.typ)
		}
	}
	// Every EU and G20 capital is in the gazetteer.
	for _, capital := range []string{
		"Vienna", "Brussels", "Sofia", "Zagreb", "Nicosia", "Prague", "Copenhagen", "Tallinn", "Helsinki", "Paris",
		"Berlin", "Athens", "Budapest", "Dublin", "Rome", "Riga", "Vilnius", "Luxembourg City", "Valletta", "Amsterdam",
		"Warsaw", "Lisbon", "Bucharest", "Bratislava", "Ljubljana", "Madrid", "Stockholm",
		"Buenos Aires", "Canberra", "Brasília", "Ottawa", "Beijing", "New Delhi", "Jakarta", "Tokyo", "Mexico City",
		"Moscow", "Riyadh", "Pretoria", "Seoul", "Ankara", "London", "Washington", "Addis Ababa",
	} {
		if _, ok := places[capital]; !ok {
			t.Errorf("capital %q missing", capital)
		}
	}
}

func TestLexiconAgenciesAndRoles(t *testing.T) {
	lex := loadLexicon(t)
	agency := map[string]model.AgencyEntry{}
	for _, a := range lex.Agencies {
		for _, s := range append([]string{a.Name}, a.Aliases...) {
			agency[s] = a
		}
	}
	for text, want := range map[string][2]string{
		"Europol":                         {"Europol", ""},
		"Eurojust":                        {"Eurojust", ""},
		"Interpol":                        {"Interpol", ""},
		"FBI":                             {"FBI", "United States"},
		"Drug Enforcement Administration": {"DEA", "United States"},
		"Justice Department":              {"Department of Justice", "United States"},
		"NCA":                             {"National Crime Agency", "United Kingdom"},
		"Scotland Yard":                   {"Metropolitan Police", "United Kingdom"},
		"FIOD":                            {"FIOD", "Netherlands"},
		"Federal Judicial Police":         {"Federal Judicial Police", "Belgium"},
		"Bundeskriminalamt":               {"BKA", "Germany"},
		"Civil Guard":                     {"Guardia Civil", "Spain"},
		"Carabinieri":                     {"Carabinieri", "Italy"},
		"Royal Canadian Mounted Police":   {"RCMP", "Canada"},
		"Australian Federal Police":       {"Australian Federal Police", "Australia"},
		"EU police agency":                {"Europol", ""},
		"EU’s police agency":              {"Europol", ""},
		"EU judicial agency":              {"Eurojust", ""},
		"U.S. Attorney":                   {"U.S. Attorney's Office", "United States"},
		// UK forces named by their area, as papers write them.
		"Devon and Cornwall police": {"Devon and Cornwall Police", "United Kingdom"},
		"Avon and Somerset police":  {"Avon and Somerset Police", "United Kingdom"},
		"West Midlands police":      {"West Midlands Police", "United Kingdom"},
		"Metropolitan police":       {"Metropolitan Police", "United Kingdom"},
		"Kent police":               {"Kent Police", "United Kingdom"},
		"Miami-Dade police":         {"Miami-Dade Police Department", "United States"},
	} {
		a, ok := agency[text]
		if !ok || a.Name != want[0] || a.Country != want[1] {
			t.Errorf("%q -> %q/%q, want %q/%q", text, a.Name, a.Country, want[0], want[1])
		}
	}
	if _, ok := agency["AFP"]; ok {
		t.Error(`"AFP" must not be an agency alias: it is also the news agency`)
	}
	role := map[string]string{}
	for _, r := range lex.Roles {
		for _, s := range append([]string{r.Name}, r.Aliases...) {
			role[s] = r.Name
		}
	}
	for text, want := range map[string]string{
		"police": "police", "police officials": "police", "prosecutors": "prosecutors", "prosecution": "prosecutors",
		"prosecutor's office": "prosecutors", "federal prosecutors": "federal prosecutors",
		"federal prosecutor": "federal prosecutors", "customs officials": "customs", "coast guard": "coast guard",
		"authorities": "authorities", "investigators": "investigators",
		"gendarmes": "gendarmerie", "state police": "police", "highway patrol": "highway patrol",
		"Sheriff's Office": "sheriff's office",
	} {
		if role[text] != want {
			t.Errorf("role %q -> %q, want %q", text, role[text], want)
		}
	}
	for _, people := range []string{"police officers", "officers", "agents", "soldiers"} {
		if _, ok := role[people]; ok {
			t.Errorf("%q is counted people, not a role", people)
		}
	}
}

func TestLexiconNetworksItemsUnits(t *testing.T) {
	lex := loadLexicon(t)
	network := map[string]string{}
	for _, n := range lex.Networks {
		for _, s := range append([]string{n.Name}, n.Aliases...) {
			network[s] = n.Name
		}
	}
	for text, want := range map[string]string{"Sky ECC": "Sky ECC", "SkyECC": "Sky ECC", "EncroChat": "EncroChat", "AN0M": "ANOM", "Ennetcom": "Ennetcom", "Exclu": "Exclu", "Ndrangheta": "'Ndrangheta", "CJNG": "Jalisco New Generation Cartel", "Clan del Golfo": "Gulf Clan"} {
		if network[text] != want {
			t.Errorf("network %q -> %q, want %q", text, network[text], want)
		}
	}
	if _, ok := network["Sky"]; ok {
		t.Error(`bare "Sky" must not be a network alias`)
	}
	item := map[string]model.ItemEntry{}
	for _, it := range lex.Items {
		for _, s := range append([]string{it.Name}, it.Aliases...) {
			item[s] = it
		}
	}
	for text, want := range map[string][2]string{
		"cocaine": {"cocaine", "drugs"}, "heroin": {"heroin", "drugs"}, "hashish": {"hashish", "drugs"},
		"marijuana": {"cannabis", "drugs"}, "crystal meth": {"methamphetamine", "drugs"}, "ecstasy": {"MDMA", "drugs"},
		"narcotics": {"drugs", "drugs"}, "cash": {"cash", "cash"}, "firearms": {"firearms", "weapons"},
		"firearm": {"firearms", "weapons"}, "grenades": {"grenades", "weapons"}, "jewelry": {"jewelry", "valuables"},
		"jewellery": {"jewelry", "valuables"}, "diamonds": {"diamonds", "valuables"},
		"police uniforms": {"police uniforms", "equipment"}, "luxury cars": {"luxury cars", "vehicles"},
		"luxury car": {"luxury cars", "vehicles"}, "bitcoin": {"cryptocurrency", "valuables"},
		"passports": {"passports", "documents"}, "encrypted phones": {"encrypted phones", "devices"},
		"server": {"servers", "devices"},
	} {
		it, ok := item[text]
		if !ok || it.Name != want[0] || it.Category != want[1] {
			t.Errorf("item %q -> %q/%q, want %q/%q", text, it.Name, it.Category, want[0], want[1])
		}
	}
	for _, word := range []string{"money", "speed", "crack", "drug", "ice"} {
		if _, ok := item[word]; ok {
			t.Errorf("%q is too common a word to be an item alias", word)
		}
	}
	unit := map[string]model.UnitEntry{}
	for _, u := range lex.Units {
		for _, s := range append([]string{u.Code}, u.Aliases...) {
			unit[s] = u
		}
	}
	for text, want := range map[string][2]string{
		"tonnes": {"t", "mass"}, "tons": {"t", "mass"}, "metric tons": {"t", "mass"}, "kilograms": {"kg", "mass"},
		"kilos": {"kg", "mass"}, "grams": {"g", "mass"}, "pounds": {"lb", "mass"}, "euros": {"EUR", "currency"},
		"€": {"EUR", "currency"}, "$": {"USD", "currency"}, "dollars": {"USD", "currency"}, "US$": {"USD", "currency"},
		"£": {"GBP", "currency"}, "pounds sterling": {"GBP", "currency"}, "Mexican pesos": {"MXN", "currency"},
		"Colombian pesos": {"COP", "currency"}, "yen": {"JPY", "currency"}, "C$": {"CAD", "currency"},
	} {
		u, ok := unit[text]
		if !ok || u.Code != want[0] || u.Kind != want[1] {
			t.Errorf("unit %q -> %q/%q, want %q/%q", text, u.Code, u.Kind, want[0], want[1])
		}
	}
	for word, want := range map[string]float64{"one": 1, "five": 5, "twelve": 12, "twenty": 20, "ninety": 90, "hundred": 100, "thousand": 1e3, "million": 1e6, "billion": 1e9, "trillion": 1e12, "dozen": 12, "half": 0.5} {
		if got, ok := lex.Numbers[word]; !ok || got != want {
			t.Errorf("number %q = %v, want %v", word, got, want)
		}
	}
}

func TestLexiconCues(t *testing.T) {
	lex := loadLexicon(t)
	// Every happening in the seed has its trigger; no saying is one.
	for _, w := range []string{"arrests", "arrested", "searched", "searches", "confiscated", "confiscate", "broke", "intercepted", "dismantled", "began", "found", "uncovered", "gain access", "disconnected", "prevent", "migrated", "seized", "raided", "charged", "extradited",
		// Court and incident verbs of unseen crime stories.
		"appeared at", "appeared in court", "remanded", "rejected", "spotted", "detected", "arrived", "collected",
		"flown", "jailed", "sentenced", "convicted", "acquitted", "deported", "rescued", "evacuated", "destroyed",
		"damaged", "injured", "wounded", "shot dead", "stabbed", "burned",
		// Round 4: sentences, departures, set-ups, storming, rescues,
		// attacks and accidents.
		"received sentences", "set off", "set up", "declared", "stormed", "plucked", "ambushed",
		"detonated", "capsized", "tracked down", "arraigned"} {
		if !slices.Contains(lex.Triggers, w) {
			t.Errorf("trigger %q missing", w)
		}
	}
	for _, w := range []string{"driver", "brand", "maker", "company", "industry", "crash", "dealer"} {
		if !slices.Contains(lex.ItemHeads, w) {
			t.Errorf("item head %q missing", w)
		}
	}
	for _, w := range lex.ItemHeads {
		if w != strings.ToLower(w) || strings.Contains(w, " ") {
			t.Errorf("item head %q: want one lowercase word", w)
		}
	}
	for _, w := range []string{"said", "announced", "told", "according to"} {
		if slices.Contains(lex.Triggers, w) {
			t.Errorf("%q is a saying, not a trigger", w)
		}
	}
	// A phrase's first word is a summary's trigger word: none may be an
	// auxiliary.
	for _, w := range lex.Triggers {
		switch strings.Fields(w)[0] {
		case "was", "were", "is", "are", "be", "been", "has", "have", "had":
			t.Errorf("trigger %q starts with an auxiliary", w)
		}
	}
	for _, w := range []string{"there are", "there is", "is one of", "according to the research"} {
		if !slices.Contains(lex.StateCues, w) {
			t.Errorf("state cue %q missing", w)
		}
	}
	if slices.Contains(lex.StateCues, "there were") {
		t.Error(`"there were" reports happenings ("there were 48 arrests"); it is not a state cue`)
	}
	for _, a := range []string{"Mr.", "Dr.", "St.", "U.S.", "Jan.", "Sept.", "a.m.", "e.g."} {
		if !slices.Contains(lex.Abbreviations, a) {
			t.Errorf("abbreviation %q missing", a)
		}
	}
	for _, a := range lex.Abbreviations {
		if !strings.HasSuffix(a, ".") {
			t.Errorf("abbreviation %q does not end with a period", a)
		}
	}
}
