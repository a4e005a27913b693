META
key;value
description;"Hand-made cumulative vote; greedy by points"
num_projects;3
num_votes;4
budget;100
vote_type;cumulative
max_sum_points;5
currency;EUR
PROJECTS
project_id;cost;name
a;60;Fresque
b;50;"Bancs; tables"
c;40;Arbres
VOTES
voter_id;vote;points
1;a;5
2;b,c;1,1
3;b;1
4;b,c;2,1
