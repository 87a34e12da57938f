package eval

import (
	"bufio"
	"fmt"
	"math"
	"os"
	"strconv"
	"strings"
)

// FloorsFile is the name of the file, beside the rounds, that records the
// lowest score each article may get.
const FloorsFile = "floors.txt"

// ReadFloors reads a floors file: one "ROUND/NAME SCORE" a line, "#"
// comments and blank lines ignored.
func ReadFloors(path string) (map[string]float64, error) {
	f, err := os.Open(path)
	if err != nil {
		return nil, err
	}
	defer f.Close()
	floors := map[string]float64{}
	sc := bufio.NewScanner(f)
	for n := 1; sc.Scan(); n++ {
		line := strings.TrimSpace(sc.Text())
		if line == "" || strings.HasPrefix(line, "#") {
			continue
		}
		fields := strings.Fields(line)
		if len(fields) != 2 {
			return nil, fmt.Errorf("%s:%d: want ROUND/NAME SCORE", path, n)
		}
		v, err := strconv.ParseFloat(fields[1], 64)
		if err != nil || v < 0 || v > 1 {
			return nil, fmt.Errorf("%s:%d: score %q is not a number from 0 to 1", path, n, fields[1])
		}
		if _, dup := floors[fields[0]]; dup {
			return nil, fmt.Errorf("%s:%d: %s listed twice", path, n, fields[0])
		}
		floors[fields[0]] = v
	}
	return floors, sc.Err()
}

// Floor is a score rounded down to the hundredth, as floors are recorded.
func Floor(score float64) float64 {
	return math.Floor(score*100+1e-9) / 100
}
