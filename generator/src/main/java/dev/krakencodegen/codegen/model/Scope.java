package dev.krakencodegen.codegen.model;

import dev.krakencodegen.codegen.diag.Location;

/** An OAuth scope with its documented description. */
public record Scope(String name, String description, Location location) {}
