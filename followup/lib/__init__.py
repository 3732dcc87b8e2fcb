"""Pure domain helpers: plain values in, plain values out, no Django imports."""
