"""The commitments screen and the commitment form."""
