"""The partners screen: organisations, contacts, memberships."""
