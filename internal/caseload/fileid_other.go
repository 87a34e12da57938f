//go:build !unix

package caseload

import "os"

// fileID is a file's identity; without inodes, files are told apart by
// their cleaned path alone.
type fileID struct{}

func idOf(os.FileInfo) (fileID, bool) { return fileID{}, false }
