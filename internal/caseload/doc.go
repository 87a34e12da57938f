// Package caseload reads what a command line names as one case: files,
// directories of articles, standard input ("-") and URLs, and the
// embedded demo case. It is the one loader the command line, the snapshot
// and the app share, so all of them accept the same arguments and skip the
// same files for the same reasons.
//
// Reading never stops at one bad article: a file that is missing,
// unreadable, empty, binary, too large or not an article is a Skip, named
// once with its reason, and the rest of the case opens. Only when nothing
// at all can be read does Load fail. The same file named twice (the same
// path once cleaned, or another name for the same inode, such as a
// symbolic link) is read once.
//
// A directory opens the article files directly inside it (.txt, .md,
// .html and the other extensions data.FormatOfPath knows), in name order;
// hidden files, subdirectories and files of other extensions are not
// candidates, so a folder with a README.pdf or a .DS_Store opens quietly.
// It does not recurse: a case is the folder the user points at, and
// following subdirectories would make a symbolic link loop a case of
// thousands of copies.
package caseload
