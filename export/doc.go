// Package export writes a parsed story in the formats that carry it out of
// dossier: the versioned JSON case file (dossier.story/v1), TimelineJS3
// JSON, a Markdown brief and CSV. Every writer is a pure function of the
// Story and a Selection onto an io.Writer; none touches the file system.
//
// What a filter restricts, in every format:
//   - events: only the events the selection matches (Story.Filter), in
//     timeline order;
//   - sentences and entities: always complete, so every offset, mention
//     and sentence id in the file still points at the whole article (an
//     item the story says was seized is marked so; one it only mentions
//     is a mention in the JSON, listed apart in the Markdown, and is in no
//     event's items);
//   - seizures and counts: with an empty selection, all of them (also
//     those in background sentences that are not events, such as "there
//     are about 171,000 phones"); with a selection, only those found in the
//     shown events' sentences, so totals describe what is shown.
//
// Hostile input: package data already strips control characters and
// terminal escape sequences when it reads an article. The writers defend
// in depth: every string they write is blanked by sanitize.Blank first, so no
// escape sequence from the input can reach a file that is later printed
// to a terminal.
package export
