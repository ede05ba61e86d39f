"""Complete vendor OpenAPI documents (verbatim copies from ../shared) and `make corpus`, which builds them."""
