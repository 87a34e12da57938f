package model

// ParseWorkers is Parse with a fixed number of workers, so tests can hold
// the parallel parse to the sequential one.
var ParseWorkers = parse
