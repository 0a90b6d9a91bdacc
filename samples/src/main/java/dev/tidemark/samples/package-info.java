/** Runnable sample programs, one per way of using Tidemark; each is run by a test. */
package dev.tidemark.samples;
