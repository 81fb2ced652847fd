package fakediscord

import (
	"bytes"
	"context"
	"fmt"
	"io"
	"net/http"
	"os"
	"path/filepath"
	"sync"
	"testing"

	"github.com/getkin/kin-openapi/openapi3"
	"github.com/getkin/kin-openapi/openapi3filter"
	"github.com/getkin/kin-openapi/routers"
	"github.com/getkin/kin-openapi/routers/gorillamux"
)

// SpecPath is where Discord's OpenAPI description is, relative to the
// project root; it is not part of the project.
const SpecPath = "../shared/discord-api-spec/openapi.json"

type spec struct{ router routers.Router }

var (
	specOnce   sync.Once
	specRouter routers.Router
	specErr    error
	specFile   string
)

// loadSpec finds the description from the test's folder upwards. Without it
// the requests are not checked, and the test says so.
func loadSpec(t testing.TB) *spec {
	specOnce.Do(func() {
		dir, _ := os.Getwd()
		for ; ; dir = filepath.Dir(dir) {
			if _, err := os.Stat(filepath.Join(dir, "go.mod")); err == nil {
				break
			}
			if filepath.Dir(dir) == dir {
				specErr = fmt.Errorf("no go.mod above the test")
				return
			}
		}
		specFile = filepath.Join(dir, SpecPath)
		if _, err := os.Stat(specFile); err != nil {
			specErr = err
			return
		}
		loader := openapi3.NewLoader()
		doc, err := loader.LoadFromFile(specFile)
		if err != nil {
			specErr = err
			return
		}
		doc.Servers = openapi3.Servers{{URL: "/api/v9"}, {URL: "/api/v10"}}
		specRouter, specErr = gorillamux.NewRouter(doc)
	})
	if specErr != nil {
		t.Logf("fakediscord: requests are not checked against Discord's API description: %v", specErr)
		return &spec{}
	}
	return &spec{router: specRouter}
}

// Checked reports whether requests are checked against the description.
func (s *Server) Checked() bool {
	s.mu.Lock()
	defer s.mu.Unlock()
	return s.spec.router != nil
}

// check returns a description of how the request breaks the API
// description, or "".
func (s *spec) check(r *http.Request, body []byte) string {
	if s.router == nil || r.URL.Path == "/api/v9/gateway" || r.URL.Path == "/api/v10/gateway" {
		return ""
	}
	req := r.Clone(context.Background())
	req.Body = io.NopCloser(bytes.NewReader(body))
	route, params, err := s.router.FindRoute(req)
	if err != nil {
		return fmt.Sprintf("%s %s: no such route: %v", r.Method, r.URL.Path, err)
	}
	in := &openapi3filter.RequestValidationInput{Request: req, PathParams: params, Route: route,
		Options: &openapi3filter.Options{AuthenticationFunc: openapi3filter.NoopAuthenticationFunc, MultiError: true}}
	if err := openapi3filter.ValidateRequest(context.Background(), in); err != nil {
		return fmt.Sprintf("%s %s: %v\nbody: %s", r.Method, r.URL.Path, err, body)
	}
	return ""
}

// CheckCallback checks a body as Discord's interaction callback would
// receive it, the body of an HTTP interaction response included. It
// returns "" when the body fits the API description, or when the
// description is absent (Checked says which).
func (s *Server) CheckCallback(body []byte) string {
	r, _ := http.NewRequest(http.MethodPost, "/api/v10/interactions/2000000000000000001/token/callback", bytes.NewReader(body))
	r.Header.Set("Content-Type", "application/json")
	return s.spec.check(r, body)
}
