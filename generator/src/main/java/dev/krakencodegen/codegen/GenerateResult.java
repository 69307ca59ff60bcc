package dev.krakencodegen.codegen;

import dev.krakencodegen.codegen.model.Api;
import dev.krakencodegen.codegen.output.WriteResult;

/** What a generation did: the model it generated from and what the writer changed on disk. */
public record GenerateResult(Api api, WriteResult files) {}
