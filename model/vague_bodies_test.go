package model_test

import (
	"testing"

	"dossier/model"
)

// Vague bodies are no agencies (ANNOTATION.md, Agencies: bare
// "investigators" or "officials", an army, "law enforcement"), while a
// body named with them stays that body; sentences of our own, with the
// embedded word lists.
func TestVagueBodiesAreNoAgencies(t *testing.T) {
	lex := mustLexicon(t)
	tests := []entityCase{
		{"bare investigators", "Investigators seized 40 kilograms of cocaine in a warehouse in Rotterdam.",
			model.KindAgency, nil},
		{"qualified investigators are still vague", "Dutch investigators traced the shipment to a warehouse outside the city.",
			model.KindAgency, nil},
		{"investigators after a named body", "The FBI's investigators found the servers in a rented flat.",
			model.KindAgency, []string{"FBI|United States"}},
		{"investigators from a named body", "Investigators from the Royal Canadian Mounted Police followed the container to a warehouse.",
			model.KindAgency, []string{"RCMP|Canada"}},
		{"police investigators are the police", "Belgian police investigators searched 12 homes.",
			model.KindAgency, []string{"Belgian police|Belgium"}},
		{"bare officials", "Officials said the port would reopen on Monday.",
			model.KindAgency, nil},
		{"law enforcement", "Federal, state and local law enforcement took part in the raids.",
			model.KindAgency, nil},
		{"the army", "LIMA, Peru (Reuters) - The army sent troops to the border town after the attack.",
			model.KindAgency, nil},
		{"authorities in several countries", "Authorities in Peru, Chile and Spain arrested 31 people in coordinated raids.",
			model.KindAgency, nil},
		{"several countries' authorities", "Spanish and Portuguese authorities froze 40 bank accounts.",
			model.KindAgency, nil},
		// One country's authorities stay a body (an optional one in the
		// gold files), and a role in several countries is one body each.
		{"one country's authorities", "Dutch authorities confiscated the server.",
			model.KindAgency, []string{"Dutch authorities|Netherlands"}},
		{"police in several countries stay several", "Police in Spain and Morocco arrested five people.",
			model.KindAgency, []string{"Spanish police|Spain", "Moroccan police|Morocco"}},
	}
	runEntityCases(t, lex, tests)
}

// A vague body still tells which country its sentence is about: the bare
// role after it takes that country.
func TestVagueBodyKeepsTheStoryCountry(t *testing.T) {
	st := model.Parse(model.Document{Body: "MADRID (AP) — Moroccan police detained six men in Tangier.\n\n" +
		"Investigators also confiscated cash during 22 raids in the provinces of Cádiz and Málaga.\n\n" +
		"The gang had used the same route since 2020, police said."}, mustLexicon(t))
	if err := st.Validate(); err != nil {
		t.Fatal(err)
	}
	got := entitiesOf(st, model.KindAgency)
	want := []string{"Moroccan police|Morocco", "Spanish police|Spain"}
	if len(got) != len(want) || got[0] != want[0] || got[1] != want[1] {
		t.Errorf("agencies %q, want %q", got, want)
	}
}
