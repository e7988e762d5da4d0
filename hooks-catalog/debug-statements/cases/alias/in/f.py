import os, q as qq
