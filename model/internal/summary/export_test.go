package summary

// Max is summaryMax for the external tests.
const Max = summaryMax

// Long is summaryLong for the external tests.
const Long = summaryLong
