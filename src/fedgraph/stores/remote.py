"""Remote triple stores: SPARQL queries over HTTP and uploads through the Graph Store Protocol.

Credentials come from the environment, never from the command line, and are
never printed: ``FEDGRAPH_STORE_TOKEN`` (a bearer token, sent with every
request) or ``FEDGRAPH_STORE_USER`` and ``FEDGRAPH_STORE_PASSWORD``, given when
the server asks for them, by HTTP Basic or Digest authentication, whichever it
names (Virtuoso's authenticated endpoints ask for Digest).
Requests time out, and failed ones are retried a bounded number of times.
"""
from __future__ import annotations

import json
import os
import time
import urllib.error
import urllib.parse
import urllib.request
from dataclasses import dataclass

from rdflib import BNode, Graph, Literal, URIRef
from rdflib.term import Node

from fedgraph.errors import FedgraphError
from fedgraph.stores.base import QueryResult, Source, bind_values

TIMEOUT_S = 30
RETRIES = 3
BATCH_TRIPLES = 50_000


class StoreError(FedgraphError):
    """A remote store refused a request or could not be reached."""


_AUTH_HINT = ("; give a user allowed to write in FEDGRAPH_STORE_USER and FEDGRAPH_STORE_PASSWORD"
              " (or a token in FEDGRAPH_STORE_TOKEN)")


def _auth_headers() -> dict[str, str]:
    token = os.environ.get("FEDGRAPH_STORE_TOKEN")
    return {"Authorization": f"Bearer {token}"} if token else {}


def _opener(url: str) -> urllib.request.OpenerDirector:
    """An opener that answers a Basic or Digest challenge from ``url``'s server with the environment's user."""
    user = os.environ.get("FEDGRAPH_STORE_USER")
    if not user or os.environ.get("FEDGRAPH_STORE_TOKEN"):
        return urllib.request.build_opener()
    passwords = urllib.request.HTTPPasswordMgrWithDefaultRealm()
    passwords.add_password(None, url, user, os.environ.get("FEDGRAPH_STORE_PASSWORD", ""))
    return urllib.request.build_opener(urllib.request.HTTPBasicAuthHandler(passwords),
                                       urllib.request.HTTPDigestAuthHandler(passwords))


def request(method: str, url: str, data: bytes | None = None, headers: dict[str, str] | None = None,
            timeout: float = TIMEOUT_S, retries: int = RETRIES) -> tuple[int, bytes]:
    """One HTTP request with a timeout and bounded retries (on connection errors and 5xx)."""
    all_headers = {**_auth_headers(), **(headers or {})}
    opener = _opener(url)
    last = ""
    for attempt in range(retries):
        req = urllib.request.Request(url, data=data, method=method, headers=all_headers)
        try:
            with opener.open(req, timeout=timeout) as resp:
                return resp.status, resp.read()
        except urllib.error.HTTPError as exc:
            body = exc.read()[:200].decode("utf-8", "replace").strip().replace("\n", " ")
            if exc.code < 500:
                hint = _AUTH_HINT if exc.code in (401, 403) else (f" ({body})" if body else "")
                raise StoreError(f"{url}: refused with HTTP {exc.code}{hint}") from None
            last = f"HTTP {exc.code}"
        except urllib.error.URLError as exc:
            last = str(exc.reason)
        except (TimeoutError, OSError) as exc:
            last = str(exc) or type(exc).__name__
        if attempt + 1 < retries:
            time.sleep(0.2 * 2 ** attempt)
    raise StoreError(f"cannot reach {url}: {last} (after {retries} tries)")


def _term(value: dict) -> Node:
    kind = value["type"]
    if kind == "uri":
        return URIRef(value["value"])
    if kind == "bnode":
        return BNode(value["value"])
    if "xml:lang" in value:
        return Literal(value["value"], lang=value["xml:lang"])
    dt = value.get("datatype")
    if dt and dt != "http://www.w3.org/2001/XMLSchema#string":
        return Literal(value["value"], datatype=URIRef(dt))
    return Literal(value["value"])


@dataclass
class SparqlEndpoint(Source):
    """A SPARQL 1.1 query endpoint."""

    url: str

    def query(self, text: str, bindings: dict[str, Node] | None = None) -> QueryResult:
        body = urllib.parse.urlencode({"query": bind_values(text, bindings)}).encode()
        accept = "application/sparql-results+json, application/n-triples;q=0.9"
        _, data = request("POST", self.url, body, {"Content-Type": "application/x-www-form-urlencoded",
                                                     "Accept": accept})
        try:
            parsed = json.loads(data)
        except ValueError:
            return QueryResult("graph", graph=Graph().parse(data=data.decode("utf-8"), format="nt"))
        if "boolean" in parsed:
            return QueryResult("ask", boolean=bool(parsed["boolean"]))
        variables = parsed["head"]["vars"]
        rows = [tuple(_term(b[v]) if v in b else None for v in variables) for b in parsed["results"]["bindings"]]
        return QueryResult("select", variables, rows)

    def count(self, graph_iri: str | None) -> int:
        where = f"GRAPH <{graph_iri}> {{ ?s ?p ?o }}" if graph_iri else "?s ?p ?o"
        res = self.query(f"SELECT (COUNT(*) AS ?n) WHERE {{ {where} }}")
        return int(res.rows[0][0])


def push(graph: Graph, store_url: str, query_url: str, graph_iri: str | None = None, replace: bool = False,
         batch: int = BATCH_TRIPLES) -> int:
    """Upload ``graph`` to a Graph Store Protocol endpoint in batches, then check the count.

    ``store_url`` is the GSP endpoint (Oxigraph: ``http://host:port/store``),
    ``query_url`` the SPARQL endpoint used for the check.  Returns the number
    of triples in the target graph afterwards.
    """
    target = f"{store_url}?{urllib.parse.urlencode({'graph': graph_iri} if graph_iri else {'default': ''})}"
    lines = sorted(graph.serialize(format="nt", encoding="utf-8").decode("utf-8").splitlines())
    lines = [ln for ln in lines if ln.strip()]
    endpoint = SparqlEndpoint(query_url)
    before = 0 if replace else endpoint.count(graph_iri)
    for i in range(0, max(len(lines), 1), batch):
        chunk = ("\n".join(lines[i:i + batch]) + "\n").encode("utf-8")
        # PUT replaces the graph with the first batch; the rest are added with POST
        method = "PUT" if replace and i == 0 else "POST"
        request(method, target, chunk, {"Content-Type": "application/n-triples"})
    after = endpoint.count(graph_iri)
    expected = len(lines) if replace else max(len(lines), before)
    if after < expected or (replace and after != len(lines)):
        raise StoreError(f"{store_url}: the store holds {after} triples after the upload, expected {expected}")
    return after
