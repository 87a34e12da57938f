package fetch

import (
	"context"
	"crypto/tls"
	"crypto/x509"
	"errors"
	"net"
	"net/url"
	"strconv"
	"syscall"

	"dossier/internal/sanitize"
)

// classify words an error of the network or the client as one line.
func classify(name string, err error, l Limits) error {
	var (
		dns     *net.DNSError
		cert    *tls.CertificateVerificationError
		unknown x509.UnknownAuthorityError
		host    x509.HostnameError
		netErr  net.Error
	)
	switch {
	case errors.Is(err, errRedirects):
		return &fetchError{name, "too many redirects (over " + strconv.Itoa(l.MaxRedirects) + ")", ErrRedirects}
	case errors.Is(err, context.Canceled):
		return &fetchError{name, "fetch cancelled", context.Canceled}
	case errors.Is(err, context.DeadlineExceeded), errors.As(err, &netErr) && netErr.Timeout():
		return &fetchError{name, "timed out after " + l.Timeout.String(), ErrTimeout}
	case errors.As(err, &dns):
		if dns.IsNotFound {
			return &fetchError{name, "no such host " + sanitize.Label(dns.Name, 100), ErrNoHost}
		}
		return &fetchError{name, "cannot look up host " + sanitize.Label(dns.Name, 100), ErrNoHost}
	case errors.Is(err, syscall.ECONNREFUSED):
		return &fetchError{name, "connection refused", ErrRefused}
	case errors.As(err, &cert), errors.As(err, &unknown), errors.As(err, &host):
		return &fetchError{name, "TLS certificate not valid: " + sanitize.Label(innermost(err).Error(), 160), ErrNetwork}
	}
	return &fetchError{name, sanitize.Label(innermost(err).Error(), 160), ErrNetwork}
}

// innermost drops the *url.Error wrapper, whose message repeats the
// method and the address.
func innermost(err error) error {
	var ue *url.Error
	if errors.As(err, &ue) {
		return ue.Err
	}
	return err
}
