package model

import "testing"

func TestFormatDate(t *testing.T) {
	s := func(v string) *string { return &v }
	tests := []struct {
		name string
		d    Date
		want string
	}{
		{"time", Date{Start: s("2021-03-09T05:00"), End: s("2021-03-09T05:00"), Precision: PrecisionTime}, "Tue 9 Mar 2021 05:00"},
		{"time with seconds", Date{Start: s("2021-03-09T05:00:00"), Precision: PrecisionTime}, "Tue 9 Mar 2021 05:00"},
		{"time known only to the day", Date{Start: s("2021-03-09"), Precision: PrecisionTime}, "Tue 9 Mar 2021"},
		{"day", Date{Start: s("2021-03-09"), End: s("2021-03-09"), Precision: PrecisionDay}, "Tue 9 Mar 2021"},
		{"month", Date{Start: s("2020-07-01"), End: s("2020-07-31"), Precision: PrecisionMonth}, "Jul 2020"},
		{"month written short", Date{Start: s("2020-07"), Precision: PrecisionMonth}, "Jul 2020"},
		{"year", Date{Start: s("2020-01-01"), End: s("2020-12-31"), Precision: PrecisionYear}, "2020"},
		{"two-year investigation", Date{Start: s("2019-03-09"), End: s("2021-03-09"), Precision: PrecisionRange}, "Mar 2019–Mar 2021"},
		{"whole years", Date{Start: s("2019-01-01"), End: s("2021-12-31"), Precision: PrecisionRange}, "2019–2021"},
		{"years written short", Date{Start: s("2019"), End: s("2021"), Precision: PrecisionRange}, "2019–2021"},
		{"whole months in a year", Date{Start: s("2020-07-01"), End: s("2020-09-30"), Precision: PrecisionRange}, "Jul–Sep 2020"},
		{"days in a month", Date{Start: s("2021-03-01"), End: s("2021-03-09"), Precision: PrecisionRange}, "1–9 Mar 2021"},
		{"days across a year end", Date{Start: s("2020-12-30"), End: s("2021-01-02"), Precision: PrecisionRange}, "30 Dec 2020–2 Jan 2021"},
		{"days across months", Date{Start: s("2021-02-20"), End: s("2021-03-09"), Precision: PrecisionRange}, "20 Feb–9 Mar 2021"},
		{"one-day range", Date{Start: s("2021-03-09"), End: s("2021-03-09"), Precision: PrecisionRange}, "Tue 9 Mar 2021"},
		{"open start", Date{Start: s("2019-03"), Precision: PrecisionRange}, "since Mar 2019"},
		{"open end", Date{End: s("2021"), Precision: PrecisionRange}, "until 2021"},
		{"unknown", Date{Text: "recently", Precision: PrecisionUnknown, Basis: BasisNone}, ""},
		{"unresolved weekday", Date{Text: "on Tuesday", Precision: PrecisionDay}, ""},
		{"garbage", Date{Start: s("9 March"), Precision: PrecisionDay}, ""},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			if got := FormatDate(tt.d); got != tt.want {
				t.Errorf("FormatDate = %q, want %q", got, tt.want)
			}
		})
	}
}
