package summary

// Max is summaryMax for the external tests.
const Max = summaryMax
