package p2p

import (
	"fmt"
	"log/slog"
	"regexp"
	"time"

	"github.com/libp2p/go-libp2p/core/peer"
	ma "github.com/multiformats/go-multiaddr"
)

// DefaultListenAddrs are loopback only: a daemon joins a real network only
// when its operator says which addresses to listen on.
var defaultListenAddrs = []string{"/ip4/127.0.0.1/tcp/0", "/ip4/127.0.0.1/udp/0/quic-v1"}

// Config is what New builds a host from. Set it with Options.
type Config struct {
	Network       string
	ListenAddrs   []ma.Multiaddr
	Bootstrap     []peer.AddrInfo
	AdvertTTL     time.Duration
	MaxClockSkew  time.Duration
	ConnLow       int
	ConnHigh      int
	Agent         string
	Log           *slog.Logger
	Now           func() time.Time
	BootstrapWait time.Duration
}

// Option configures a host, in the go-libp2p style.
type Option func(*Config) error

var networkRE = regexp.MustCompile(`^[a-z0-9][a-z0-9-]{0,31}$`)

// ValidateNetwork checks a network id: it becomes part of protocol ids and
// topic names, so it is kept to lowercase letters, digits and dashes.
func ValidateNetwork(id string) error {
	if !networkRE.MatchString(id) {
		return fmt.Errorf("network id %q: use 1-32 lowercase letters, digits or dashes, starting with a letter or digit", id)
	}
	return nil
}

// Network sets the network id.
func Network(id string) Option {
	return func(c *Config) error {
		if err := ValidateNetwork(id); err != nil {
			return err
		}
		c.Network = id
		return nil
	}
}

// ListenAddrs sets the multiaddrs to listen on.
func ListenAddrs(addrs ...string) Option {
	return func(c *Config) error {
		c.ListenAddrs = c.ListenAddrs[:0]
		for _, s := range addrs {
			a, err := ma.NewMultiaddr(s)
			if err != nil {
				return fmt.Errorf("listen address %q: %v (example: /ip4/0.0.0.0/tcp/4001)", s, err)
			}
			c.ListenAddrs = append(c.ListenAddrs, a)
		}
		return nil
	}
}

// Bootstrap sets the peers to join the network through. Each must be a full
// multiaddr ending in /p2p/<peer id>.
func Bootstrap(addrs ...string) Option {
	return func(c *Config) error {
		infos, err := ParseBootstrap(addrs)
		if err != nil {
			return err
		}
		c.Bootstrap = infos
		return nil
	}
}

// ParseBootstrap turns multiaddrs into peer infos, merging addresses of the
// same peer.
func ParseBootstrap(addrs []string) ([]peer.AddrInfo, error) {
	var mas []ma.Multiaddr
	for _, s := range addrs {
		a, err := ma.NewMultiaddr(s)
		if err != nil {
			return nil, fmt.Errorf("bootstrap address %q: %v", s, err)
		}
		if _, err := a.ValueForProtocol(ma.P_P2P); err != nil {
			return nil, fmt.Errorf("bootstrap address %q has no /p2p/<peer id> part: copy the full address that skyops id prints", s)
		}
		mas = append(mas, a)
	}
	infos, err := peer.AddrInfosFromP2pAddrs(mas...)
	if err != nil {
		return nil, fmt.Errorf("bootstrap addresses: %w", err)
	}
	return infos, nil
}

// AdvertTTL sets how long a node stays in the view after its last advert.
func AdvertTTL(d time.Duration) Option {
	return func(c *Config) error {
		if d < time.Second {
			return fmt.Errorf("advert TTL %s is too short: use at least 1s", d)
		}
		c.AdvertTTL = d
		return nil
	}
}

// MaxClockSkew sets how far in the future an advert's timestamp may be.
func MaxClockSkew(d time.Duration) Option {
	return func(c *Config) error {
		if d < 0 {
			return fmt.Errorf("clock skew %s must not be negative", d)
		}
		c.MaxClockSkew = d
		return nil
	}
}

// ConnLimits sets the connection manager's watermarks: above high it trims
// connections down to low.
func ConnLimits(low, high int) Option {
	return func(c *Config) error {
		if low < 1 || high < low || high > maxConns/2 {
			return fmt.Errorf("connection limits low=%d high=%d: want 1 <= low <= high <= %d", low, high, maxConns/2)
		}
		c.ConnLow, c.ConnHigh = low, high
		return nil
	}
}

// Agent sets the user agent peers see in identify.
func Agent(s string) Option { return func(c *Config) error { c.Agent = s; return nil } }

// Logger sets the logger.
func Logger(l *slog.Logger) Option { return func(c *Config) error { c.Log = l; return nil } }

// Clock replaces time.Now for the validator (tests).
func Clock(now func() time.Time) Option { return func(c *Config) error { c.Now = now; return nil } }

// BootstrapWait sets how long Start tries to reach a bootstrap peer before
// giving up.
func BootstrapWait(d time.Duration) Option {
	return func(c *Config) error { c.BootstrapWait = d; return nil }
}

func defaults() Config {
	c := Config{
		Network:       "devnet",
		AdvertTTL:     10 * time.Second,
		MaxClockSkew:  5 * time.Second,
		ConnLow:       64,
		ConnHigh:      192,
		Agent:         "skyopsd",
		Log:           slog.Default(),
		Now:           time.Now,
		BootstrapWait: 20 * time.Second,
	}
	for _, s := range defaultListenAddrs {
		c.ListenAddrs = append(c.ListenAddrs, ma.StringCast(s))
	}
	return c
}
