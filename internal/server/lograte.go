package server

import (
	"sync"
	"time"

	"charm.land/log/v2"
)

// logEvery is the window in which a repeated log line is written once.
const logEvery = 10 * time.Second

// logLimiter writes lines that strangers can cause at will (connections
// dropped or refused) at most once a window per message and reason: the
// first at once, the rest counted, and their number in one line when the
// window ends. A flood of connections costs the log two lines a window,
// and says how big it was.
type logLimiter struct {
	log   *log.Logger
	every time.Duration

	mu      sync.Mutex
	windows map[string]*logWindow
}

// logWindow counts the lines held back for one message and reason.
type logWindow struct {
	level      log.Level
	msg        string
	reason     string
	suppressed int
	timer      *time.Timer
}

func newLogLimiter(l *log.Logger, every time.Duration) *logLimiter {
	return &logLimiter{log: l, every: every, windows: map[string]*logWindow{}}
}

func (ll *logLimiter) warn(msg, reason string, keyvals ...any) {
	ll.write(log.WarnLevel, msg, reason, keyvals)
}

func (ll *logLimiter) info(msg, reason string, keyvals ...any) {
	ll.write(log.InfoLevel, msg, reason, keyvals)
}

func (ll *logLimiter) write(level log.Level, msg, reason string, keyvals []any) {
	key := msg + "\x00" + reason
	ll.mu.Lock()
	if w, ok := ll.windows[key]; ok {
		w.suppressed++
		ll.mu.Unlock()
		return
	}
	w := &logWindow{level: level, msg: msg, reason: reason}
	w.timer = time.AfterFunc(ll.every, func() { ll.end(key) })
	ll.windows[key] = w
	ll.mu.Unlock()
	ll.log.Log(level, msg, append([]any{"reason", reason}, keyvals...)...)
}

// end closes key's window and says how many lines it held back.
func (ll *logLimiter) end(key string) {
	ll.mu.Lock()
	w, ok := ll.windows[key]
	delete(ll.windows, key)
	ll.mu.Unlock()
	if ok && w.suppressed > 0 {
		ll.log.Log(w.level, w.msg, "reason", w.reason, "suppressed", w.suppressed, "in", ll.every)
	}
}

// flush ends every window now: a stopping server reports what it held.
func (ll *logLimiter) flush() {
	ll.mu.Lock()
	var keys []string
	for k, w := range ll.windows {
		if w.timer.Stop() {
			keys = append(keys, k)
		}
	}
	ll.mu.Unlock()
	for _, k := range keys {
		ll.end(k)
	}
}
