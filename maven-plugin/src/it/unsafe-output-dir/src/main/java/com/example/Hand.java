package com.example;

/** Hand-written code that a generator must never touch. */
public class Hand {}
