package dev.krakencodegen.codegen.spec;

import dev.krakencodegen.codegen.diag.Location;

/** A raw value read from the spec and where it was written, so later passes can point at it. */
record Located<T>(T value, Location location) {}
