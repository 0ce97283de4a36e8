"""The strategy screens: the tree with its objective and worksite pages, the home dashboard, strategy revisions and texts."""
